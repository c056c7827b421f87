using System.Globalization;
using System.Text;

namespace CountyInnovation.Sdk.Fuzz;

/// <summary>
/// Deterministic mutations of a valid input file: the same seed always gives the same bytes. Each
/// case applies one to four of: bit flips, truncation, bad UTF-8, escaped and encoded surrogates,
/// hostile numbers (huge, non-finite, malformed), deep nesting, long lines, duplicated, deleted and
/// swapped lines (rows and keys), structural punctuation, control and separator characters.
/// </summary>
public static class Mutator
{
    private const string Punctuation = ",\"{}[]:#\r\n\t\\ -+.e0";

    private static readonly byte[][] BadUtf8 =
    [
        [0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8], [0x80],
    ];

    private static readonly string[] Numbers =
    [
        "1e400", "-1e400", "1e-400", "NaN", "Infinity", "-Infinity", "-0", "99999999999999999999999999", "0x10", "1,5", "1.5.5",
        "", "-", "+1", "1e", ".5", "5.", "1_000", "١٢", "2147483648", "-2147483649", "1E308", "4.9E-324",
    ];

    private static readonly string[] Texts =
    [
        "\\ud800", "\\udfff", "\\ud83d\\ude00", "\\u0000", "\\", "\"", "\"\"", ",", ",,,", "{", "}", "[", "]", ":", "#", "\r", "\n", "\r\n",
        "\t", "\u2028", "\u0085", "\u2029", "\uFEFF", "\0", "\u001b", "null", "true", "=cmd|' /C calc'!A0", "<script>", "县", "😀",
    ];

    /// <summary>The mutated input for case <paramref name="seed"/> of <paramref name="valid"/>.</summary>
    public static byte[] Mutate(byte[] valid, int seed)
    {
        var random = new Random(seed);
        var bytes = new List<byte>(valid);
        var count = random.Next(1, 5);
        for (var m = 0; m < count; m++)
        {
            Apply(bytes, random);
        }

        return [.. bytes];
    }

    private static void Apply(List<byte> bytes, Random random)
    {
        var at = random.Next(bytes.Count + 1);
        switch (random.Next(12))
        {
            case 0 when bytes.Count > 0:
                var i = random.Next(bytes.Count);
                bytes[i] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 2:
                bytes.InsertRange(at, BadUtf8[random.Next(BadUtf8.Length)]);
                break;
            case 3:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(Texts[random.Next(Texts.Length)]));
                break;
            case 4:
                ReplaceNumber(bytes, random);
                break;
            case 5:
                var depth = random.Next(2) == 0 ? random.Next(2, 80) : random.Next(80, 2000);
                var (open, close) = random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(Repeat(open, depth) + "1" + Repeat(close, random.Next(2) == 0 ? depth : random.Next(depth))));
                break;
            case 6:
                var start = random.Next(bytes.Count + 1);
                var chunk = bytes.GetRange(start, Math.Min(random.Next(1, 64), bytes.Count - start)).Where(b => b != (byte)'\n').ToArray();
                var times = random.Next(10) == 0 ? random.Next(1000, 20000) : random.Next(10, 1000);
                bytes.InsertRange(at, Enumerable.Repeat(chunk.Length == 0 ? [(byte)'x'] : chunk, times).SelectMany(c => c));
                break;
            case 7:
                LineEdit(bytes, random, duplicate: true);
                break;
            case 8:
                LineEdit(bytes, random, duplicate: false);
                break;
            case 9:
                SwapLines(bytes, random);
                break;
            case 10:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Punctuation[random.Next(Punctuation.Length)]).ToArray())));
                break;
            default:
                if (bytes.Count > 0)
                {
                    var from = random.Next(bytes.Count);
                    bytes.RemoveRange(from, Math.Min(random.Next(1, 16), bytes.Count - from));
                }

                break;
        }
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    /// <summary>Replaces the run of number characters around a random digit by a hostile number.</summary>
    private static void ReplaceNumber(List<byte> bytes, Random random)
    {
        var digits = Enumerable.Range(0, bytes.Count).Where(i => bytes[i] is >= (byte)'0' and <= (byte)'9').ToList();
        if (digits.Count == 0)
        {
            return;
        }

        var at = digits[random.Next(digits.Count)];
        var start = at;
        while (start > 0 && IsNumberByte(bytes[start - 1]))
        {
            start--;
        }

        var end = at;
        while (end < bytes.Count && IsNumberByte(bytes[end]))
        {
            end++;
        }

        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, Encoding.UTF8.GetBytes(Numbers[random.Next(Numbers.Length)]));
    }

    private static bool IsNumberByte(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'-' or (byte)'+' or (byte)'e' or (byte)'E';

    private static List<(int Start, int Length)> Lines(List<byte> bytes)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add((start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < bytes.Count)
        {
            lines.Add((start, bytes.Count - start));
        }

        return lines;
    }

    private static void LineEdit(List<byte> bytes, Random random, bool duplicate)
    {
        var lines = Lines(bytes);
        if (lines.Count == 0)
        {
            return;
        }

        var (start, length) = lines[random.Next(lines.Count)];
        if (duplicate)
        {
            var copy = bytes.GetRange(start, length);
            var times = random.Next(1, 4);
            for (var t = 0; t < times; t++)
            {
                bytes.InsertRange(start, copy);
            }
        }
        else
        {
            bytes.RemoveRange(start, length);
        }
    }

    private static void SwapLines(List<byte> bytes, Random random)
    {
        var lines = Lines(bytes);
        if (lines.Count < 2)
        {
            return;
        }

        var a = random.Next(lines.Count);
        var b = random.Next(lines.Count);
        var text = lines.Select(l => bytes.GetRange(l.Start, l.Length).ToArray()).ToList();
        (text[a], text[b]) = (text[b], text[a]);
        bytes.Clear();
        bytes.AddRange(text.SelectMany(t => t));
    }

    /// <summary>The input shown for a report: printable ASCII kept, everything else escaped, cut to <paramref name="max"/> characters.</summary>
    public static string Show(byte[] input, int max = 400)
    {
        var text = new StringBuilder();
        foreach (var b in input.Take(max))
        {
            text.Append(b is >= 0x20 and < 0x7F and not (byte)'\\' ? ((char)b).ToString() : string.Create(CultureInfo.InvariantCulture, $"\\x{b:X2}"));
        }

        return input.Length > max ? text + $"… ({input.Length} bytes)" : text.ToString();
    }
}
