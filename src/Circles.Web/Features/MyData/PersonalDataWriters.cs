using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.MyData;

/// <summary>The download for machines: indented JSON, camelCase names, times in ISO 8601 UTC.</summary>
public static class PersonalDataJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
        // Letters of every script stay readable; <, >, & and quotes are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Write(PersonalData data, IStringLocalizer l) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        MadeAt = data.MadeAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        data.Pseudonym,
        PrivateSpace = data.PrivateSpace.ToString(),
        PrivateSpaceNote = PersonalDataHtml.PrivateSpaceNote(data.PrivateSpace, l),
        Sections = data.Sections.ToDictionary(s => s.Key, s => s.Rows),
    }, Options);
}

/// <summary>
/// The download for people: one self-contained page (no scripts, no outside files, a little
/// inline style), headings in the person's language, every value HTML-encoded (SEC-23), and a
/// neutral title so a browser tab or file list does not say what it is.
/// </summary>
public static class PersonalDataHtml
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48rem;margin:1rem auto;padding:0 1rem;color:#222}" +
        "h2{margin-top:2rem;border-bottom:1px solid #ccc}dl{border:1px solid #ddd;padding:.5rem;margin:.5rem 0}" +
        "dt{font-weight:bold}dd{margin:0 0 .5rem;white-space:pre-wrap;overflow-wrap:anywhere}";

    public static byte[] Write(PersonalData data, IStringLocalizer l, CultureInfo culture)
    {
        var html = new StringBuilder();
        var rtl = culture.TextInfo.IsRightToLeft;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(culture.Name)).Append("\" dir=\"").Append(rtl ? "rtl" : "ltr").Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(l["My data"])).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(E(l["Everything kept about you"])).Append("</h1>\n")
            .Append("<p>").Append(E(l["Made on {0} (UTC) for {1}.", data.MadeAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), data.Pseudonym])).Append("</p>\n");
        var note = PrivateSpaceNote(data.PrivateSpace, l);
        if (note is not null)
        {
            html.Append("<p><strong>").Append(E(note)).Append("</strong></p>\n");
        }
        html.Append("<p>").Append(E(l["Other people appear only by their pseudonym. \"{0}\" means you.", PersonalDataExport.You])).Append("</p>\n");

        foreach (var section in data.Sections)
        {
            html.Append("<section>\n<h2>").Append(E(section.Title)).Append("</h2>\n");
            if (section.Rows.Count == 0)
            {
                html.Append("<p>").Append(E(l["Nothing here."])).Append("</p>\n");
            }
            foreach (var row in section.Rows)
            {
                html.Append("<dl>\n");
                foreach (var (name, value) in row)
                {
                    html.Append("<dt>").Append(E(Words(name))).Append("</dt><dd>").Append(E(Text(value, l))).Append("</dd>\n");
                }
                html.Append("</dl>\n");
            }
            html.Append("</section>\n");
        }
        html.Append("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>Why the journal and plan are not readable in this download, if they are not.</summary>
    public static string? PrivateSpaceNote(PrivateSpaceInExport state, IStringLocalizer l) => state switch
    {
        PrivateSpaceInExport.WrappedWithEarlierPassword => l["Your journal and safety plan could not be opened: they are locked with the password you had before it was reset. Open them once with that earlier password in your private space, then download again."].Value,
        _ => null,
    };

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    private static string Text(object? value, IStringLocalizer l) => value switch
    {
        null => "—",
        bool b => b ? l["Yes"].Value : l["No"].Value,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<string> items => string.Join(", ", items),
        _ => value.ToString() ?? "",
    };

    /// <summary>"CreatedAt" → "Created at": the stored field names, readable.</summary>
    private static string Words(string name)
    {
        var words = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                words.Append(' ').Append(char.ToLowerInvariant(name[i]));
            }
            else
            {
                words.Append(name[i]);
            }
        }
        return words.ToString();
    }
}
