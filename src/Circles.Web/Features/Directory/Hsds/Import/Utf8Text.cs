using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Circles.Web.Features.Directory.Hsds.Import;

/// <summary>UTF-8 as HSDS files must be: a byte order mark is accepted, anything else that is not UTF-8 is refused with the line it is on.</summary>
internal static class Utf8Text
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The bytes without a leading byte order mark. When they are not UTF-8, a problem names the
    /// line (and the field, where <paramref name="fieldAt"/> can tell it from a byte offset), and
    /// the text comes back with the bad bytes replaced and <paramref name="valid"/> false: the
    /// import fails anyway, but reading the rest still finds the ids that other files refer to,
    /// so one bad byte does not bury the report in follow-on "no such record" problems.
    /// </summary>
    public static byte[] Read(byte[] bytes, string file, HsdsImportReport report, out bool valid, Func<byte[], int, string?>? fieldAt = null)
    {
        var body = bytes.AsSpan().StartsWith(Bom) ? bytes.AsSpan(Bom.Length) : bytes.AsSpan();
        valid = Utf8.IsValid(body);
        if (valid)
        {
            return body.Length == bytes.Length ? bytes : body.ToArray();
        }
        var badAt = FirstInvalidByte(body);
        var line = 1 + body[..badAt].Count((byte)'\n');
        report.Add(new HsdsProblem(HsdsProblemKind.InvalidUtf8, file, Line: line, Field: fieldAt?.Invoke(body.ToArray(), badAt)));
        return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body));
    }

    public static string Decode(byte[] utf8) => Encoding.UTF8.GetString(utf8);

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], chars, out var read, out _, replaceInvalidSequences: false);
                offset += read;
                if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
                {
                    return offset;
                }
                if (status == OperationStatus.Done)
                {
                    break;
                }
            }
            return Math.Min(offset, bytes.Length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
