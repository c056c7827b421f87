using CountyInnovation.Sdk.Uncertainty;

namespace CountyInnovation.Sdk.Tests.Uncertainty;

public sealed class LargeTableTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(3 << 20)] // 6 MB of ushort: huge pages where the kernel gives them
    public void A_new_table_holds_zeros_and_keeps_what_is_written(int length)
    {
        using var table = new LargeTable<ushort>(length);

        Assert.Equal(length, table.Length);
        Assert.Equal(length, table.Span.Length);
        Assert.True(table.Span.IndexOfAnyExcept((ushort)0) < 0);
        if (length > 1)
        {
            table.Span[^1] = 7;
            table.Span[0] = 3;
            Assert.Equal((ushort)7, table.Span[^1]);
            Assert.Equal((ushort)3, table.Span[0]);
            Assert.Equal(length - 2, table.Span[1..^1].Count((ushort)0));
        }
    }

    [Fact]
    public void A_disposed_table_refuses_access_and_may_be_disposed_again()
    {
        var table = new LargeTable<int>(10);
        table.Dispose();
        table.Dispose();

        Assert.Throws<ObjectDisposedException>(() => table.Span.Length);
    }

    [Fact]
    public void A_negative_length_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LargeTable<int>(-1));
    }
}
