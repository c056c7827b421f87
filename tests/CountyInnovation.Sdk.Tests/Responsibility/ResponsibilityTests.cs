using CountyInnovation.Sdk.Policy;
using CountyInnovation.Sdk.Responsibility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CountyInnovation.Sdk.Tests.Responsibility;

public class ResponsibilityTests
{
    private static readonly ResponsibilityMatrix Matrix = PolicyCatalogue.Hebei2020.Responsibilities;

    private static int[] MeasuresOf(string unit) => [.. Matrix.ForUnit(ResponsibleUnits.Get(unit)).Select(a => a.Measure.Value)];

    [Fact]
    public void Counts_of_the_domain_facts()
    {
        Assert.Equal([1, 4, 7, 8, 9, 13, 14, 15, 21, 23], MeasuresOf("省科技厅"));
        Assert.Equal([2, 3, 15, 20, 21, 22], MeasuresOf("各市政府"));
        Assert.Equal([2, 3, 15, 20, 22], MeasuresOf("雄安新区管委会"));
    }

    [Fact]
    public void Fifteen_distinct_units_appear_in_the_text_and_all_are_registered()
    {
        Assert.Equal(15, Matrix.Units.Length);
        Assert.Equal(ResponsibleUnits.All.AsEnumerable(), Matrix.Units.AsEnumerable());
        Assert.Equal(15, ResponsibleUnits.All.Select(u => u.ShortNameZh).Distinct().Count());
        Assert.All(ResponsibleUnits.All, u => Assert.NotEmpty(Matrix.ForUnit(u)));
    }

    [Fact]
    public void The_matrix_agrees_both_ways()
    {
        foreach (var measure in PolicyCatalogue.Hebei2020.Measures)
        {
            Assert.Equal(measure.ResponsibleUnits.AsEnumerable(), Matrix.ForMeasure(measure.Number).AsEnumerable());
            foreach (var assignment in measure.ResponsibleUnits)
            {
                Assert.Contains(assignment, Matrix.ForUnit(assignment.Unit));
                Assert.Equal(assignment.Role, Matrix.RoleOf(assignment.Unit, measure.Number));
            }
        }

        Assert.Equal(Matrix.Assignments.Length, ResponsibleUnits.All.Sum(u => Matrix.ForUnit(u).Length));
    }

    [Fact]
    public void Roles_and_leads()
    {
        var nine = MeasureNumber.From(9);
        Assert.Equal(ResponsibleUnits.LocalFinancialSupervisionBureau, Matrix.LeadOf(nine));
        Assert.Equal(UnitRole.CoResponsible, Matrix.RoleOf(ResponsibleUnits.ScienceAndTechnologyDepartment, nine));
        Assert.Null(Matrix.RoleOf(ResponsibleUnits.EducationDepartment, nine));
        Assert.Equal(UnitRole.Lead, Matrix.RoleOf(ResponsibleUnits.EducationDepartment, MeasureNumber.From(19)));
    }

    [Fact]
    public void A_city_government_shares_the_measures_of_the_collective_unit()
    {
        var handan = ResponsibleUnits.Get("邯郸市政府");
        Assert.Empty(Matrix.ForUnit(handan));
        Assert.Equal([2, 3, 15, 20, 21, 22], Matrix.ForUnit(handan, includeCollective: true).Select(a => a.Measure.Value));
        Assert.All(Matrix.ForUnit(handan, includeCollective: true), a => Assert.Equal(ResponsibleUnits.AllCityGovernments, a.Unit));
        Assert.Equal([2, 3, 15, 20, 21, 22], PolicyCatalogue.Hebei2020.MeasuresOf(handan, includeCollective: true).Select(m => m.Number.Value));
    }

    [Fact]
    public void The_collective_unit_with_include_collective_lists_each_assignment_once()
    {
        var collective = ResponsibleUnits.AllCityGovernments;
        Assert.Equal(Matrix.ForUnit(collective).ToArray(), Matrix.ForUnit(collective, includeCollective: true).ToArray());
        Assert.Equal([2, 3, 15, 20, 21, 22], Matrix.ForUnit(collective, includeCollective: true).Select(a => a.Measure.Value));
    }

    [Fact]
    public void The_collective_unit_expands_to_the_eleven_city_governments()
    {
        var all = ResponsibleUnits.AllCityGovernments;
        Assert.True(all.IsCollective);
        Assert.Equal(UnitKind.CollectiveCityGovernments, all.Kind);
        Assert.Equal(
            ["石家庄市政府", "唐山市政府", "秦皇岛市政府", "邯郸市政府", "邢台市政府", "保定市政府", "张家口市政府", "承德市政府", "沧州市政府", "廊坊市政府", "衡水市政府"],
            all.Members.Select(m => m.ShortNameZh));
        Assert.All(all.Members, m => Assert.Equal(UnitKind.CityGovernment, m.Kind));
        Assert.All(all.Members, m => Assert.True(m.IsCoveredBy(all)));
        Assert.Equal("Shijiazhuang Municipal People's Government", all.Members[0].NameEn);
        Assert.False(ResponsibleUnits.ScienceAndTechnologyDepartment.IsCoveredBy(all));
    }

    [Theory]
    [InlineData("省科技厅")]
    [InlineData("河北省科学技术厅")]
    [InlineData("hebei provincial department of science and technology")]
    [InlineData(" 省科技厅 ")]
    public void Units_are_found_by_any_of_their_names(string name) =>
        Assert.Equal(ResponsibleUnits.ScienceAndTechnologyDepartment, ResponsibleUnits.Get(name));

    [Fact]
    public void Unknown_names_get_the_closest_names()
    {
        Assert.False(ResponsibleUnits.TryFind("省科技局", out _));
        Assert.Equal("省科技厅", ResponsibleUnits.Suggest("省科技局")[0]);
        Assert.Equal("省教育厅", ResponsibleUnits.Suggest("省教育局")[0]);
#pragma warning disable CIS0006 // tests the run-time error for an unknown unit
        var e = Assert.Throws<KeyNotFoundException>(() => ResponsibleUnits.Get("省科技局"));
#pragma warning restore CIS0006
        Assert.Contains("Did you mean '省科技厅'", e.Message, StringComparison.Ordinal);
        Assert.Empty(ResponsibleUnits.Suggest("completely unrelated text that matches nothing"));
    }

    [Fact]
    public void Kinds_of_units()
    {
        Assert.Equal(UnitKind.PartyOrgan, ResponsibleUnits.Get("省委组织部").Kind);
        Assert.Equal(UnitKind.CentralBankBranch, ResponsibleUnits.Get("人行石家庄支行").Kind);
        Assert.Equal(UnitKind.TaxService, ResponsibleUnits.Get("省税务局").Kind);
        Assert.Equal(UnitKind.NewAreaCommittee, ResponsibleUnits.Get("雄安新区管委会").Kind);
        Assert.Equal(UnitKind.Regulator, ResponsibleUnits.Get("河北银保监局").Kind);
        Assert.Equal(UnitKind.ProvincialDepartment, ResponsibleUnits.Get("省发展改革委").Kind);
    }

    [Fact]
    public void The_matrix_rejects_gaps_and_repeats()
    {
        var one = MeasureNumber.From(1);
        var unit = ResponsibleUnits.ScienceAndTechnologyDepartment;
        Assert.Throws<ArgumentException>(() => ResponsibilityMatrix.From([Assignment.InferredFromOrder(one, unit, 2)]));
        Assert.Throws<ArgumentException>(() => ResponsibilityMatrix.From(
            [Assignment.InferredFromOrder(one, unit, 1), Assignment.InferredFromOrder(one, unit, 2)]));
        Assert.False(Assignment.Stated(one, unit, 1, UnitRole.Lead).IsRoleInferred);
    }

    [Fact]
    public void Edit_distance_basics()
    {
        Assert.Equal(0, ClosestNames.Distance("省科技厅", "省科技厅"));
        Assert.Equal(1, ClosestNames.Distance("省科技厅", "省科技局"));
        Assert.Equal(3, ClosestNames.Distance("kitten", "sitting"));
        Assert.Equal(["省科技厅"], ClosestNames.Find("科技", ["省商务厅", "省科技厅"], maximum: 1));
    }

    private static Arbitrary<string> Words => Gen.Elements("省", "科", "技", "厅", "a", "b", "c").ArrayOf().Select(a => string.Concat(a)).ToArbitrary();

    [Property]
    public Property Edit_distance_is_a_metric() =>
        Prop.ForAll(Words, Words, Words, (a, b, c) =>
            ClosestNames.Distance(a, b) == ClosestNames.Distance(b, a)
            && (ClosestNames.Distance(a, b) == 0) == (a == b)
            && ClosestNames.Distance(a, c) <= ClosestNames.Distance(a, b) + ClosestNames.Distance(b, c)
            && ClosestNames.Distance(a, b) >= Math.Abs(a.Length - b.Length)
            && ClosestNames.Distance(a, b) <= Math.Max(a.Length, b.Length));

    [Property]
    public Property An_exact_name_is_always_the_first_suggestion() =>
        Prop.ForAll(Gen.Elements(ResponsibleUnits.All.Select(u => u.ShortNameZh).ToArray()).ToArbitrary(), name =>
            ResponsibleUnits.Suggest(name)[0] == name);
}
