namespace CountyInnovation.Sdk.Analyzers.Tests.Verification;

#pragma warning disable SA1402, SA1649 // One marker per rule, all in one place.

/// <summary>The rule <see cref="Descriptors.InvalidPolicyNumber"/> under test.</summary>
public sealed class InvalidPolicyNumberUnderTest : IRuleUnderTest
{
    /// <inheritdoc />
    public static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => Descriptors.InvalidPolicyNumber;
}

/// <summary>The rule <see cref="Descriptors.ProportionOutOfRange"/> under test.</summary>
public sealed class ProportionOutOfRangeUnderTest : IRuleUnderTest
{
    /// <inheritdoc />
    public static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => Descriptors.ProportionOutOfRange;
}

/// <summary>The rule <see cref="Descriptors.UnvalidatedValue"/> under test.</summary>
public sealed class UnvalidatedValueUnderTest : IRuleUnderTest
{
    /// <inheritdoc />
    public static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => Descriptors.UnvalidatedValue;
}

/// <summary>The rule <see cref="Descriptors.InvalidCountyCode"/> under test.</summary>
public sealed class InvalidCountyCodeUnderTest : IRuleUnderTest
{
    /// <inheritdoc />
    public static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => Descriptors.InvalidCountyCode;
}

/// <summary>The rule <see cref="Descriptors.UnparsableDocumentNumber"/> under test.</summary>
public sealed class UnparsableDocumentNumberUnderTest : IRuleUnderTest
{
    /// <inheritdoc />
    public static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => Descriptors.UnparsableDocumentNumber;
}

/// <summary>The rule <see cref="Descriptors.UnknownResponsibleUnit"/> under test.</summary>
public sealed class UnknownResponsibleUnitUnderTest : IRuleUnderTest
{
    /// <inheritdoc />
    public static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => Descriptors.UnknownResponsibleUnit;
}

/// <summary>The rule <see cref="Descriptors.WeightsNotNormalised"/> under test.</summary>
public sealed class WeightsNotNormalisedUnderTest : IRuleUnderTest
{
    /// <inheritdoc />
    public static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => Descriptors.WeightsNotNormalised;
}

/// <summary>The rule <see cref="Descriptors.DeadlineOutsidePlanHorizon"/> under test.</summary>
public sealed class DeadlineOutsidePlanHorizonUnderTest : IRuleUnderTest
{
    /// <inheritdoc />
    public static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => Descriptors.DeadlineOutsidePlanHorizon;
}

/// <summary>The rule <see cref="Descriptors.SystemClock"/> under test.</summary>
public sealed class SystemClockUnderTest : IRuleUnderTest
{
    /// <inheritdoc />
    public static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => Descriptors.SystemClock;
}

/// <summary>The rule <see cref="Descriptors.NonDeterminism"/> under test.</summary>
public sealed class NonDeterminismUnderTest : IRuleUnderTest
{
    /// <inheritdoc />
    public static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => Descriptors.NonDeterminism;
}

/// <summary>The rule <see cref="Descriptors.DiscardedPureResult"/> under test.</summary>
public sealed class DiscardedPureResultUnderTest : IRuleUnderTest
{
    /// <inheritdoc />
    public static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => Descriptors.DiscardedPureResult;
}

/// <summary>The rule <see cref="Descriptors.InvalidMethodConfiguration"/> under test.</summary>
public sealed class InvalidMethodConfigurationUnderTest : IRuleUnderTest
{
    /// <inheritdoc />
    public static Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => Descriptors.InvalidMethodConfiguration;
}
