using System.Collections.Frozen;
using CountyInnovation.Sdk.Targets;
using NodaTime;

namespace CountyInnovation.Sdk.Policy;

/// <summary>
/// What the 2020 text cannot give and the catalogue adds: the document's metadata, English renderings
/// of its title, sections and measures (ours, not official), and the targets each measure states.
/// Everything the text does give (structure, Chinese text, units, cited documents) is read from it.
/// </summary>
internal static class Curation2020
{
    public const string TitleEn = "Several Measures on Accelerating County-level Science and Technology Innovation";

    public const string IssuerZh = "河北省科学技术厅";

    public const string IssuerEn = "Hebei Provincial Department of Science and Technology";

    /// <summary>2020-10-16 <b>[found]</b>; the document's own number is <b>[unknown]</b>.</summary>
    public static LocalDate IssueDate => new(2020, 10, 16);

    /// <summary>The Leap Plan: 冀政办字〔2019〕9号, issued 2019-01-27 <b>[found]</b>, horizon 2019..2025.</summary>
    public static Plan LeapPlan { get; } = Plan.Create(
        "河北省县域科技创新跃升计划（2019-2025年）",
        "Hebei County Science and Technology Innovation Leap Plan (2019-2025)",
        DocumentNumber.Parse("冀政办字〔2019〕9号"),
        "河北省人民政府办公厅",
        "General Office of the Hebei Provincial People's Government",
        new LocalDate(2019, 1, 27),
        PlanHorizon.FromYears(2019, 2025));

    public static FrozenDictionary<int, string> SectionTitlesEn { get; } = new Dictionary<int, string>
    {
        [1] = "Strengthen the assessment and supervision of counties' implementation of the concept of innovation-driven development",
        [2] = "Promote the deep integration of S&T innovation and economic development",
        [3] = "Accelerate the fostering of innovative market actors",
        [4] = "Accelerate the building of innovation parks and bases",
        [5] = "Strengthen the attraction and training of talent",
        [6] = "Strengthen county-level S&T administration",
        [7] = "Improve the environment for county S&T innovation",
        [8] = "Improve the business environment",
    }.ToFrozenDictionary();

    public static FrozenDictionary<int, string> MeasureTextsEn { get; } = new Dictionary<int, string>
    {
        [1] = "Organise an annual monitoring evaluation of the S&T innovation capacity of counties; with the consent of the Provincial S&T Innovation Leading Group, issue each county's (county-level city's, district's) annual monitoring evaluation results and leap status in the name of the provincial government.",
        [2] = "Include the implementation of the Hebei County S&T Innovation Leap Plan (2019-2025) in the work assessment of county (county-level city, district) governments, guiding every county to raise its level of S&T innovation across the board.",
        [3] = "Strengthen the supervision and inspection of county (county-level city, district) governments' work to advance S&T innovation, resolve formalism and bureaucratism in implementation, and drive the fulfilment of tasks through the fulfilment of responsibilities.",
        [4] = "Make use of the provincial S&T innovation advisory group, S&T innovation policy training, industrial policy training and lectures on distinctive industries to guide each county (county-level city, district), according to its regional function and the basis of its distinctive industries and in step with drawing up the 14th Five-Year Plan for national economic and social development and the S&T innovation plan, to define further the priorities and paths of local industrial development and to build S&T innovation into local leading, distinctive and strategic emerging industries, giving guidance and support to the high-quality development of county economies.",
        [5] = "Make use of provincial regional economic cooperation mechanisms, provincial investment-promotion agents and chambers of commerce and associations at home and abroad to guide and support each county (county-level city, district), around the leading industries it has chosen and with building, strengthening, extending and completing industrial chains as the main thrust, in targeted investment promotion and investment promotion along industrial chains; accelerate the attraction and fostering of a group of chain-leading enterprises with strong linkages and pulling power, push traditional industries up to the medium and high end, and lead each county's economy truly onto the path of innovation-driven development.",
        [6] = "With enterprises as the main actors and the market as the guide, guide enterprises to focus for the long term on innovation in niche product markets, on product quality and on brand building, help a group of enterprises grow into single-product champions, and raise the core competitiveness of the province's manufacturing.",
        [7] = "Carry out the high-tech enterprise doubling plan well, step up support for leading S&T enterprises, support enterprises in all-round innovation of products, technology, management and business models, guide enterprises to grow bigger and stronger, raise their technological advancement and competitiveness, and drive the coordinated development of upstream and downstream industries.",
        [8] = "Implement the growth plan for S&T-based small and medium-sized enterprises, hold innovation and entrepreneurship competitions and similar events, and promote the rapid growth of S&T-based SMEs.",
        [9] = "Focus on helping S&T-based small, medium and micro enterprises solve their funding problems, actively organise financing matchmaking events, and help enterprises grow bigger and stronger.",
        [10] = "Keep publishing the annual lists of the province's top 100 strategic emerging industry leaders and top 100 innovative enterprises, steer resources and production factors towards strong enterprises, and help enterprises grow bigger and stronger as soon as possible.",
        [11] = "Take industrial design further into enterprises, parks and clusters, with activities that spread the ideas of industrial design, explain policies and match supply and demand, promoting the deep integration of design and manufacturing and helping enterprises innovate and develop.",
        [12] = "Promote \"enterprises to the cloud\", lower the cost of information-technology build-out for small and medium-sized enterprises, raise their basic digital and networked capabilities, and promote the use of new modes of production in them.",
        [13] = "Combining broad publicity with targeted coaching, implement tax incentives such as the preferential income tax for high-tech enterprises and the additional deduction of enterprise R&D expenses, to stimulate the innovation vitality of enterprises.",
        [14] = "Accelerate the upgrading of provincial economic development zones and high-tech zones; economic development zones with a relatively large high-tech industry and a relatively complete S&T innovation service system may, with the approval of the provincial government, apply to be renamed provincial high-tech zones.",
        [15] = "Improve the infrastructure of all kinds of parks, encourage parks where conditions allow to build S&T innovation parks, S&T business incubators and the like, provide enterprises in the parks with low-cost, one-stop, all-round and professional services, steer industries and innovation factors to concentrate in the parks, and build new highlands for the development of counties' distinctive industries.",
        [16] = "Step up the building of entrepreneurship and innovation bases for small and micro enterprises, providing the enterprises based there with entrepreneurship and innovation support services.",
        [17] = "Improve the system for attracting talent and actively explore joint \"government + enterprise\" talent-attraction mechanisms. Implement the Several Policy Measures on Further Increasing the Attraction of High-level Talent (Trial) of the General Offices of the Provincial Party Committee and the Provincial Government (冀办发〔2016〕65号), step up the attraction of high-level talent, and strive for a considerable increase in both number and quality.",
        [18] = "Implement the Provincial Government General Office's Several Measures to Attract Outstanding Returnees and S&T Innovation Teams to Work and Start Businesses in Hebei (冀政办字〔2020〕52号), see its 20 measures in five areas carried out on the ground, attract and gather talent from home and abroad to work and start businesses in Hebei, and drive high-quality development with high-calibre talent.",
        [19] = "Continue the action plan for the innovative development of higher vocational education: by 2025, focus on building 25 higher vocational colleges at provincial level or above, and raise the level of higher vocational education as a whole. Implement the plan for building high-level higher vocational colleges and programmes (programme groups), focusing on fostering 4 high-level higher vocational colleges and 30 high-level programmes (programme groups), and vigorously train the senior technical talent that industrial development needs.",
        [20] = "Each county (county-level city, district), in the light of local conditions, strengthens its county S&T department, staffs it fully with capable managers suited to the needs of county S&T innovation work, and explores easing staff shortages by engaging professional service providers, government purchase of services and similar means.",
        [21] = "Make full use of the Party schools (administrative colleges) at provincial, city and county level to establish regular training for the cadres of county S&T departments and raise the level of S&T management.",
        [22] = "Push each county (county-level city, district) to marshal government financial resources reasonably, keep fiscal S&T investment growing steadily, and raise fiscal S&T funds' share of local fiscal expenditure year by year. Strengthen the management and supervision of counties' fiscal S&T investment and use of funds, promote public disclosure of the use of S&T funds, and ensure that the funds for S&T innovation are truly put in place.",
        [23] = "Strengthen the publicity and explanation of S&T innovation policies and effectively solve the \"last kilometre\" problem of putting policies into practice.",
        [24] = "Continue the plan to raise the innovation capacity of universities, promote the deep integration of industry, academia, research and application, explore building collaborative innovation consortia covering the whole S&T innovation chain, and by 2025 focus support on building 35 provincial collaborative innovation centres.",
        [25] = "Accelerate the development of institutions that foster intellectual-property service brands, widen further the depth and breadth of this fostering work, and guide the rapid and healthy development of the intellectual-property service industry.",
        [26] = "Relying on the Hebei government services website and the province-wide online approval and supervision platform for investment projects, introduce linked online handling of investment approval matters, fully online filing of enterprise investment projects and online approval of investment projects. Actively advance the commitment-system reform for investment projects, so that general investment projects and general approval matters are approved under the commitment system.",
        [27] = "Put the \"Baishitong\" (one-stop, know-everything) reform into practice: integrate the high-frequency approval matters closely bound up with enterprises and the public, such as market access and operating permits and qualifications, into \"one package\", achieving \"notify once, submit once, one window, done once\", and further raise the efficiency of services to the public. Relying on the provincial integrated government-services platform, make it the hub for the exchange and sharing of government data across the province, build a sharing system and mechanisms, and pool the government data resources of the state and of the whole province. Accelerate \"one network for all services\", keep connecting vertical systems, achieve connected networks, data and business, and ensure that the online availability rate at province, city and county level reaches 95 % or more. Accelerate the building of electronic licences and certificates, achieving pilot use of 175 electronic certificates in government services before the end of 2020.",
        [28] = "Publicise and release pro-enterprise support policies through \"policies face to face\" and other forms. Carry out the work of pairing provincial, city and county levels with enterprises, promote the \"three packages, four helps, six guarantees, five in place\" campaign, and relieve enterprises' difficulties promptly.",
    }.ToFrozenDictionary();

    /// <summary>
    /// The targets the text states (domain facts §1). Each quotes the words of its measure that state
    /// it; the catalogue checks that the quote is in the measure's text.
    /// </summary>
    public static IEnumerable<Target> Targets()
    {
        var plan = LeapPlan.Horizon;
        var by2025 = Deadline.FromPhrase("到2025年");
        yield return RecurringDutyTarget.Yearly(
            MeasureNumber.From(1),
            "每年开展县域科技创新能力监测评价，并以省政府名义印发评价结果和跃升情况",
            "Carry out the monitoring evaluation of county S&T innovation capacity every year and issue its results and leap status in the provincial government's name",
            "组织开展县域科技创新能力年度监测评价",
            plan);
        yield return RecurringDutyTarget.Supervision(
            MeasureNumber.From(3),
            "对县（市、区）政府推进科技创新工作进行监督检查",
            "Supervise and inspect county governments' work to advance S&T innovation",
            "加强对县（市、区）政府推进科技创新工作的监督检查",
            plan);
        yield return DoublingTarget.Create(
            MeasureNumber.From(7),
            "高新技术企业数量倍增",
            "Double the number of high-tech enterprises",
            "实施好高新技术企业倍增计划",
            "high-tech enterprises",
            "家",
            baselineYear: 2017,
            baselineValue: 3174m,
            Deadline.Assumed(plan.End));
        yield return QuantityTarget.Create(
            MeasureNumber.From(19),
            "重点建设25所省级以上高等职业院校",
            "Build up 25 higher vocational colleges at provincial level or above",
            "到2025年，重点建设25所省级以上高等职业院校",
            25m,
            "colleges",
            "所",
            by2025);
        yield return QuantityTarget.Create(
            MeasureNumber.From(19),
            "重点培育4所高水平高等职业院校",
            "Foster 4 high-level higher vocational colleges",
            "重点培育4所高水平高等职业院校",
            4m,
            "colleges",
            "所",
            by2025);
        yield return QuantityTarget.Create(
            MeasureNumber.From(19),
            "重点培育30个高水平专业（群）",
            "Foster 30 high-level programmes (programme groups)",
            "30个高水平专业（群）",
            30m,
            "programmes (programme groups)",
            "个",
            by2025);
        yield return RisingShareTarget.Create(
            MeasureNumber.From(22),
            "财政科技经费占地方财政支出的比重逐年提高",
            "Fiscal S&T funds' share of local fiscal expenditure rises every year",
            "逐年提高财政科技经费占地方财政支出的比重",
            plan);
        yield return QuantityTarget.Create(
            MeasureNumber.From(24),
            "重点支持35个省协同创新中心建设",
            "Support the building of 35 provincial collaborative innovation centres",
            "到2025年，重点支持35个省协同创新中心建设",
            35m,
            "provincial collaborative innovation centres",
            "个",
            by2025);
        yield return ThresholdTarget.Create(
            MeasureNumber.From(27),
            "省市县三级网上可办率达到95%以上",
            "Online availability rate of government services at least 95 % at province, city and county level",
            "确保省市县三级网上可办率达到95%以上",
            Percentage.From(95),
            [GovernmentLevel.Province, GovernmentLevel.City, GovernmentLevel.County]);
        yield return QuantityTarget.Create(
            MeasureNumber.From(27),
            "实现175个电子证照在政务服务工作中的试点应用",
            "Pilot use of 175 electronic certificates in government services",
            "2020年底前实现175个电子证照在政务服务工作中的试点应用",
            175m,
            "electronic certificates",
            "个",
            Deadline.FromPhrase("2020年底前"));
    }
}
