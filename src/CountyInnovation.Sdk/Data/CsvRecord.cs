namespace CountyInnovation.Sdk.Data;

/// <summary>One CSV record: the 1-based line it starts on and its fields.</summary>
internal readonly record struct CsvRecord(int Line, string[] Fields);
