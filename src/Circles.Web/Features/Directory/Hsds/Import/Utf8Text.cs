using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Circles.Web.Features.Directory.Hsds.Import;

/// <summary>UTF-8 as HSDS files must be: a byte order mark is accepted, anything else that is not UTF-8 is refused with the line it is on.</summary>
internal static class Utf8Text
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The bytes without a leading byte order mark, or null (and a problem) when they are not UTF-8.</summary>
    public static byte[]? Checked(byte[] bytes, string file, HsdsImportReport report)
    {
        var body = bytes.AsSpan().StartsWith(Bom) ? bytes.AsSpan(Bom.Length) : bytes.AsSpan();
        if (Utf8.IsValid(body))
        {
            return body.Length == bytes.Length ? bytes : body.ToArray();
        }
        var badAt = FirstInvalidByte(body);
        var line = 1 + body[..badAt].Count((byte)'\n');
        report.Add(new HsdsProblem(HsdsProblemKind.InvalidUtf8, file, Line: line));
        return null;
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
