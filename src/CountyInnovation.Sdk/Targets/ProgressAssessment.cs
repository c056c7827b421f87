using System.Collections.Immutable;
using NodaTime;

namespace CountyInnovation.Sdk.Targets;

/// <summary>
/// Where one target stands as of a date: the status, the method and thresholds that produced it,
/// and the numbers behind it. Before the deadline the status is a projection
/// (<see cref="IsProjection"/>).
/// </summary>
public sealed class ProgressAssessment : IEquatable<ProgressAssessment>
{
    private ProgressAssessment(Builder b)
    {
        Status = b.Status;
        Method = b.Method;
        MethodName = b.MethodName;
        Thresholds = b.Thresholds;
        AsOf = b.AsOf;
        Deadline = b.Deadline;
        IsProjection = b.IsProjection;
        Base = b.Base;
        Latest = b.Latest;
        TargetValue = b.TargetValue;
        ObservedGrowth = b.ObservedGrowth;
        RequiredGrowth = b.RequiredGrowth;
        ProgressValue = b.ProgressValue;
        Shortfall = b.Shortfall;
        Checks = b.Checks;
        Explanation = b.Explanation;
    }

    /// <summary>The status as of <see cref="AsOf"/>.</summary>
    public TargetStatus Status { get; }

    /// <summary>The method used.</summary>
    public ProgressMethod Method { get; }

    /// <summary>The method's name: the <see cref="Method"/> name for the SDK's methods, the caller's name for a custom one.</summary>
    public string MethodName { get; }

    /// <summary>The thresholds the method used (empty for methods without bands).</summary>
    public ImmutableArray<Threshold> Thresholds { get; }

    /// <summary>The date the assessment is made as of; only evidence dated on or before it counts.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The deadline (inclusive), when the target has one.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>Whether the status projects the observed trend to a deadline still ahead.</summary>
    public bool IsProjection { get; }

    /// <summary>The base observation y0 (numeric targets).</summary>
    public DatedValue? Base { get; }

    /// <summary>The latest observation yt that counted.</summary>
    public DatedValue? Latest { get; }

    /// <summary>The target value yT (numeric targets and thresholds).</summary>
    public double? TargetValue { get; }

    /// <summary>The observed compound annual growth CAGR_obs, when computed.</summary>
    public double? ObservedGrowth { get; }

    /// <summary>The required compound annual growth CAGR_req, when computed.</summary>
    public double? RequiredGrowth { get; }

    /// <summary>The number the thresholds were applied to: R (ratio), Q (extrapolation) or the growth rate.</summary>
    public double? ProgressValue { get; }

    /// <summary>
    /// For <see cref="TargetStatus.Missed"/>: how far the target was missed, in the target's unit
    /// (for yearly checks the largest single shortfall; for a recurring duty the number of years not done).
    /// </summary>
    public double? Shortfall { get; }

    /// <summary>The individual checks (years, or levels and places), in order.</summary>
    public ImmutableArray<ProgressCheck> Checks { get; }

    /// <summary>One or two sentences that say why the status is what it is.</summary>
    public string Explanation { get; }

    /// <inheritdoc />
    public bool Equals(ProgressAssessment? other) =>
        other is not null
        && Status == other.Status
        && Method == other.Method
        && string.Equals(MethodName, other.MethodName, StringComparison.Ordinal)
        && Thresholds.SequenceEqual(other.Thresholds)
        && AsOf == other.AsOf
        && Deadline == other.Deadline
        && IsProjection == other.IsProjection
        && Nullable.Equals(Base, other.Base)
        && Nullable.Equals(Latest, other.Latest)
        && Nullable.Equals(TargetValue, other.TargetValue)
        && Nullable.Equals(ObservedGrowth, other.ObservedGrowth)
        && Nullable.Equals(RequiredGrowth, other.RequiredGrowth)
        && Nullable.Equals(ProgressValue, other.ProgressValue)
        && Nullable.Equals(Shortfall, other.Shortfall)
        && Checks.SequenceEqual(other.Checks)
        && string.Equals(Explanation, other.Explanation, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProgressAssessment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Method, AsOf, Deadline, Latest, ProgressValue, Shortfall, Explanation);

    /// <summary>Formats as <c>status (method, as of date): explanation</c>.</summary>
    public override string ToString() => $"{Status.ToLabel()} ({MethodName}, as of {AsOf:uuuu-MM-dd}): {Explanation}";

    /// <summary>
    /// Creates an assessment: for implementations of <see cref="INumericProgressMethod"/> or
    /// <see cref="ITargetRule"/> outside the SDK. The SDK's own methods build theirs the same way.
    /// </summary>
    /// <param name="status">The status.</param>
    /// <param name="method">The method (<see cref="ProgressMethod.Custom"/> for your own).</param>
    /// <param name="methodName">The method's name in reports; not empty.</param>
    /// <param name="thresholds">The thresholds used (may be empty).</param>
    /// <param name="asOf">The date of the assessment.</param>
    /// <param name="explanation">Why the status is what it is; not empty.</param>
    /// <param name="deadline">The deadline, if any.</param>
    /// <param name="isProjection">Whether the status projects a trend to a deadline ahead.</param>
    /// <param name="baseValue">y0, if any.</param>
    /// <param name="latest">yt, if any.</param>
    /// <param name="targetValue">yT, if any.</param>
    /// <param name="observedGrowth">CAGR_obs, if computed.</param>
    /// <param name="requiredGrowth">CAGR_req, if computed.</param>
    /// <param name="progressValue">The value the thresholds were applied to, if any.</param>
    /// <param name="shortfall">The shortfall of a missed target (≥ 0), if any.</param>
    /// <param name="checks">The individual checks, if any.</param>
    /// <exception cref="ArgumentException">An undefined status or method, an empty name or explanation, or a negative shortfall.</exception>
    public static ProgressAssessment Create(
        TargetStatus status,
        ProgressMethod method,
        string methodName,
        IEnumerable<Threshold> thresholds,
        LocalDate asOf,
        string explanation,
        LocalDate? deadline = null,
        bool isProjection = false,
        DatedValue? baseValue = null,
        DatedValue? latest = null,
        double? targetValue = null,
        double? observedGrowth = null,
        double? requiredGrowth = null,
        double? progressValue = null,
        double? shortfall = null,
        IEnumerable<ProgressCheck>? checks = null)
    {
        if (!Enum.IsDefined(status) || !Enum.IsDefined(method))
        {
            throw new ArgumentException("Undefined status or method.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(methodName);
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (shortfall is { } s && !(s >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(shortfall), shortfall, "A shortfall is ≥ 0.");
        }

        var b = new Builder(method, [.. thresholds], asOf, methodName)
        {
            Deadline = deadline,
            IsProjection = isProjection,
            Base = baseValue,
            Latest = latest,
            TargetValue = targetValue,
            ObservedGrowth = observedGrowth,
            RequiredGrowth = requiredGrowth,
            ProgressValue = progressValue,
            Shortfall = shortfall,
            Checks = checks?.ToImmutableArray() ?? [],
        };
        return b.Finish(status, explanation.Trim());
    }

    /// <summary>Collects the parts of an assessment; the assessors fill it in.</summary>
    internal sealed class Builder(ProgressMethod method, ImmutableArray<Threshold> thresholds, LocalDate asOf, string? methodName = null)
    {
        public string MethodName { get; } = methodName ?? method.ToString();

        public TargetStatus Status { get; set; } = TargetStatus.InsufficientData;

        public ProgressMethod Method { get; } = method;

        public ImmutableArray<Threshold> Thresholds { get; } = thresholds;

        public LocalDate AsOf { get; } = asOf;

        public LocalDate? Deadline { get; set; }

        public bool IsProjection { get; set; }

        public DatedValue? Base { get; set; }

        public DatedValue? Latest { get; set; }

        public double? TargetValue { get; set; }

        public double? ObservedGrowth { get; set; }

        public double? RequiredGrowth { get; set; }

        public double? ProgressValue { get; set; }

        public double? Shortfall { get; set; }

        public ImmutableArray<ProgressCheck> Checks { get; set; } = [];

        public string Explanation { get; set; } = string.Empty;

        public ProgressAssessment Finish(TargetStatus status, string explanation)
        {
            Status = status;
            Explanation = explanation;
            return new ProgressAssessment(this);
        }
    }
}
