using System.Globalization;
using System.Text;
using Circles.Web.Features.Shared;
using CsCheck;

namespace Circles.UnitTests.Features.Shared;

/// <summary>
/// SEC-34 (small numbers): SmallNumbers.Suppress hides every count from 1 to 4 and enough other
/// figures that no hidden one can be worked out by subtraction, from one table or from a filtered
/// table and its reference (the same table without the filter) side by side.
/// The threat model is docs/decisions/0018-small-numbers-secondary-suppression.md.
/// </summary>
public sealed class SmallNumbersSuppressionTests
{
    /// <summary>A random case: a table of 1×1 to 8×8 counts, mostly small, and maybe a reference at least as large.</summary>
    public sealed record Case(int[,] Counts, int[,]? Reference, bool TotalsShown = true)
    {
        public override string ToString() =>
            (TotalsShown ? "" : "totals not shown\n") + "counts:\n" + Print(Counts) + (Reference is null ? "no reference" : "reference:\n" + Print(Reference));

        private static string Print(int[,] table)
        {
            var text = new StringBuilder();
            for (var r = 0; r < table.GetLength(0); r++)
            {
                for (var c = 0; c < table.GetLength(1); c++)
                {
                    text.Append(table[r, c].ToString(CultureInfo.InvariantCulture).PadLeft(4));
                }
                text.Append('\n');
            }
            return text.ToString();
        }
    }

    // Counts skewed to small numbers: 7 in 10 from 0 to 6, the rest from 7 to 40.
    private static readonly Gen<int> Count = Gen.Select(Gen.Int[0, 9], Gen.Int[0, 6], Gen.Int[7, 40], (k, small, big) => k < 7 ? small : big);

    // One case in four is a table shown without totals (Suppress(..., totalsShown: false)).
    private static readonly Gen<Case> Cases = Gen.SelectMany(Gen.Int[1, 8], Gen.Int[1, 8], Gen.Int[0, 2], Gen.Int[0, 3], (rows, columns, withReference, totals) =>
        Gen.Select(Count.Array[rows * columns], Count.Array[rows * columns], (cells, extra) =>
        {
            var counts = new int[rows, columns];
            var reference = new int[rows, columns];
            for (var i = 0; i < rows * columns; i++)
            {
                counts[i / columns, i % columns] = cells[i];
                // A third of the references add nothing to a cell half the time: equal cells are common.
                reference[i / columns, i % columns] = cells[i] + (withReference == 1 && extra[i] % 2 == 0 ? 0 : extra[i]);
            }
            return new Case(counts, withReference == 0 ? null : reference, TotalsShown: totals != 0);
        }));

    [Fact]
    public void NoHiddenValue_CanBeRecoveredBySubtraction_FromShownFiguresOfBothTables() =>
        Cases.Sample(c => Attacker.Recovered(c).Count == 0, iter: 20_000, threads: 1, print: c => c + "\nrecovered: " + string.Join(", ", Attacker.Recovered(c)));

    [Fact]
    public void NoShownFigure_IsFromOneToFour() =>
        Cases.Sample(c =>
        {
            var shown = Shown(SmallNumbers.Suppress(c.Counts, c.Reference, c.TotalsShown));
            return shown.All(v => v is 0 or >= SmallNumbers.Threshold);
        }, iter: 5_000, threads: 1);

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void OneToFour_IsHidden(int count)
    {
        var table = SmallNumbers.Suppress(new[,] { { count, 20, 30 }, { 40, 50, 60 } });

        Assert.Null(table.Cell(0, 0));
    }

    [Fact]
    public void Zero_AndFiveOrMore_AreShown_WhenNothingElseIsHidden()
    {
        var table = SmallNumbers.Suppress(new[,] { { 0, 5 }, { 7, 120 } });

        Assert.Equal(0, table.Cell(0, 0));
        Assert.Equal(5, table.Cell(0, 1));
        Assert.Equal(5, table.RowTotal(0));
        Assert.Equal(7, table.ColumnTotal(0));
        Assert.Equal(132, table.Total);
    }

    [Fact]
    public void ASingleHiddenCellInARow_ForcesASecond_AndTheSmallestOneThatIsNotZero()
    {
        // Row 0: 3 is hidden; with the row total shown, 3 = 17 − 0 − 6 − 8 would give it back.
        var table = SmallNumbers.Suppress(new[,] { { 3, 0, 6, 8 }, { 9, 10, 11, 12 }, { 13, 14, 15, 16 } });

        Assert.Null(table.Cell(0, 0));
        Assert.Null(table.Cell(0, 2));
        Assert.Equal(0, table.Cell(0, 1));
        Assert.Equal(8, table.Cell(0, 3));
        // Its column needs a second hidden cell too (9 beside 3), and so does the column of 6 (11).
        Assert.Null(table.Cell(1, 0));
        Assert.Null(table.Cell(1, 2));
        Assert.Equal(17, table.RowTotal(0));
        Assert.Equal(25, table.ColumnTotal(0));
    }

    [Fact]
    public void ATotalFromOneToFour_IsHidden_AndItsLinesHoldASecond()
    {
        var table = SmallNumbers.Suppress(new[,] { { 0, 3 }, { 10, 20 } });

        Assert.Null(table.Cell(0, 1));
        Assert.Null(table.RowTotal(0));
        Assert.Null(table.Cell(1, 1));
        Assert.Equal(0, table.Cell(0, 0));
        // The column of row totals: 3 hidden, so 30 or the grand total goes too.
        Assert.True(table.RowTotal(1) is null || table.Total is null);
    }

    [Fact]
    public void ATableWithoutSmallCounts_ShowsEverything()
    {
        var table = SmallNumbers.Suppress(new[,] { { 5, 6 }, { 0, 9 } });

        Assert.All(Shown(table), _ => { });
        Assert.Equal(9, Shown(table).Count);
    }

    [Fact]
    public void ACellDifferingFromItsReferenceByOneToFour_IsHidden()
    {
        // 20 here and 22 in every community: the 2 elsewhere would be 22 − 20.
        var table = SmallNumbers.Suppress(new[,] { { 20, 30 }, { 40, 50 } }, new[,] { { 22, 30 }, { 40, 50 } });

        Assert.Null(table.Cell(0, 0));
        Assert.Null(table.RowTotal(0));
        Assert.Null(table.ColumnTotal(0));
        Assert.Null(table.Total);
    }

    [Fact]
    public void WithoutTotals_ACountBesideAHiddenOne_StaysShown_AndNoTotalIsShown()
    {
        // Months of people who came, shown without a total: 6 beside a hidden 3 gives nothing away.
        var table = SmallNumbers.Suppress(new[,] { { 6 }, { 3 } }, totalsShown: false);

        Assert.Equal(6, table.Cell(0, 0));
        Assert.Null(table.Cell(1, 0));
        Assert.Null(table.ColumnTotal(0));
        Assert.Null(table.RowTotal(0));
        Assert.Null(table.Total);
    }

    [Fact]
    public void WithoutTotals_ACellDifferingFromItsReferenceByOneToFour_IsStillHidden()
    {
        var table = SmallNumbers.Suppress(new[,] { { 20 }, { 6 } }, new[,] { { 22 }, { 6 } }, totalsShown: false);

        Assert.Null(table.Cell(0, 0));
        Assert.Equal(6, table.Cell(1, 0));
    }

    [Fact]
    public void AReferenceOfAnotherShape_OrSmaller_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => SmallNumbers.Suppress(new[,] { { 5 } }, new[,] { { 5, 6 } }));
        Assert.Throws<ArgumentException>(() => SmallNumbers.Suppress(new[,] { { 5 } }, new[,] { { 4 } }));
    }

    [Theory]
    [InlineData(3, 100)]
    [InlineData(50, 3)]
    [InlineData(97, 100)]
    [InlineData(0, 0)]
    public void ARate_FromAHiddenCount_IsHidden(int part, int whole) =>
        Assert.Null(SmallNumbers.Rate(part, whole));

    [Fact]
    public void ARate_FromShownCounts_IsShown()
    {
        Assert.Equal(0.5, SmallNumbers.Rate(10, 20));
        Assert.Equal(0.0, SmallNumbers.Rate(0, 20));
        Assert.Equal(1.0, SmallNumbers.Rate(20, 20));
    }

    private static List<int> Shown(SuppressedTable table)
    {
        var shown = new List<int>();
        for (var r = 0; r < table.RowCount; r++)
        {
            for (var c = 0; c < table.ColumnCount; c++)
            {
                if (table.Cell(r, c) is { } v) { shown.Add(v); }
            }
            if (table.RowTotal(r) is { } t) { shown.Add(t); }
        }
        for (var c = 0; c < table.ColumnCount; c++)
        {
            if (table.ColumnTotal(c) is { } t) { shown.Add(t); }
        }
        if (table.Total is { } g) { shown.Add(g); }
        return shown;
    }

    /// <summary>
    /// The attacker: knows every figure shown in the filtered table (Suppress(counts, reference))
    /// and, when there is one, in the reference table (Suppress(reference), shown on its own), and
    /// the equations between them: each line of the filtered, the reference and the complement
    /// (reference − filtered) table, its cells adding up to its total, and reference = filtered +
    /// complement entry by entry. It solves any equation with exactly one unknown, adds what it
    /// learnt, and repeats until nothing more comes out. Independent of how Suppress works: it only
    /// reads the public Cell/RowTotal/ColumnTotal/Total.
    /// </summary>
    private static class Attacker
    {
        public static List<string> Recovered(Case c)
        {
            var rows = c.Counts.GetLength(0);
            var columns = c.Counts.GetLength(1);
            var size = (rows + 1) * (columns + 1);
            // Variables: filtered entries [0, size), reference [size, 2 size), complement [2 size, 3 size).
            int Index(int table, int r, int column) => (table * size) + (r * (columns + 1)) + column;
            var filtered = Hidden(SmallNumbers.Suppress(c.Counts, c.Reference, c.TotalsShown));
            var known = new bool[3 * size];
            var equations = new List<int[]>();
            var tables = c.Reference is null ? 1 : 3;
            bool[,]? reference = c.Reference is null ? null : Hidden(SmallNumbers.Suppress(c.Reference, totalsShown: c.TotalsShown));
            for (var r = 0; r <= rows; r++)
            {
                for (var column = 0; column <= columns; column++)
                {
                    known[Index(0, r, column)] = !filtered[r, column];
                    if (reference is not null)
                    {
                        known[Index(1, r, column)] = !reference[r, column];
                        equations.Add([Index(0, r, column), Index(1, r, column), Index(2, r, column)]);
                    }
                }
            }
            for (var table = 0; table < tables; table++)
            {
                for (var r = 0; r <= rows; r++)
                {
                    equations.Add([.. Enumerable.Range(0, columns + 1).Select(column => Index(table, r, column))]);
                }
                for (var column = 0; column <= columns; column++)
                {
                    equations.Add([.. Enumerable.Range(0, rows + 1).Select(r => Index(table, r, column))]);
                }
            }
            bool learnt;
            do
            {
                learnt = false;
                foreach (var equation in equations)
                {
                    var unknown = equation.Where(v => !known[v]).Take(2).ToList();
                    if (unknown.Count == 1)
                    {
                        known[unknown[0]] = true;
                        learnt = true;
                    }
                }
            }
            while (learnt);

            // A total of a table shown without totals is hidden only because the page has no place for
            // it: working it out from shown cells (0 or 5 and more each) tells nothing small. It is a
            // secret only when it is itself from 1 to 4.
            bool Secret(int[,] counts, int r, int column) =>
                c.TotalsShown || (r < rows && column < columns) || SmallNumbers.IsHidden(Entry(counts, r, column));
            var recovered = new List<string>();
            for (var r = 0; r <= rows; r++)
            {
                for (var column = 0; column <= columns; column++)
                {
                    if (filtered[r, column] && known[Index(0, r, column)] && Secret(c.Counts, r, column))
                    {
                        recovered.Add($"filtered [{r},{column}]");
                    }
                    if (reference is not null && reference[r, column] && known[Index(1, r, column)] && Secret(c.Reference!, r, column))
                    {
                        recovered.Add($"reference [{r},{column}]");
                    }
                    if (c.Reference is not null && known[Index(2, r, column)]
                        && SmallNumbers.IsHidden(Entry(c.Reference, r, column) - Entry(c.Counts, r, column)))
                    {
                        recovered.Add($"complement [{r},{column}]");
                    }
                }
            }
            return recovered;
        }

        /// <summary>Hidden entries over the table with its totals in a last row and column, read from the public members.</summary>
        private static bool[,] Hidden(SuppressedTable table)
        {
            var hidden = new bool[table.RowCount + 1, table.ColumnCount + 1];
            for (var r = 0; r < table.RowCount; r++)
            {
                for (var c = 0; c < table.ColumnCount; c++)
                {
                    hidden[r, c] = table.Cell(r, c) is null;
                }
                hidden[r, table.ColumnCount] = table.RowTotal(r) is null;
            }
            for (var c = 0; c < table.ColumnCount; c++)
            {
                hidden[table.RowCount, c] = table.ColumnTotal(c) is null;
            }
            hidden[table.RowCount, table.ColumnCount] = table.Total is null;
            return hidden;
        }

        /// <summary>An entry of the table with its totals.</summary>
        private static int Entry(int[,] table, int r, int c)
        {
            var rows = table.GetLength(0);
            var columns = table.GetLength(1);
            var sum = 0;
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < columns; j++)
                {
                    if ((r == rows || r == i) && (c == columns || c == j))
                    {
                        sum += table[i, j];
                    }
                }
            }
            return sum;
        }
    }
}
