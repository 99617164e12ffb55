using Circles.Web.Features.PublicSite;

namespace Circles.UnitTests.Features.PublicSite;

/// <summary>SEC-9: what coordinators write on the public pages is shown as text, never run as code.</summary>
public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    private static readonly string[] AllowedAttributes = ["href", "rel"];

    private static readonly string[] Allowed = ["p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "del", "blockquote", "a", "code", "hr"];

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Hello <img src=x onerror=alert(1)>")]
    [InlineData("<div onclick=\"alert(1)\">click</div>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("![picture](https://example.org/a.png \"x\" onerror=alert(1))")]
    [InlineData("![picture](javascript:alert(1))")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JAVASCRIPT:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("<style>body{display:none}</style>")]
    public void ToHtml_DangerousInput_LeavesNothingThatRuns(string markdown)
    {
        var html = _renderer.ToHtml(markdown);

        // Read as a browser would: escaped text is harmless, only elements and attributes count.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var elements = document.Body!.QuerySelectorAll("*");
        Assert.All(elements, element => Assert.Contains(element.LocalName, Allowed));
        Assert.All(elements, element => Assert.All(element.Attributes, attribute => Assert.Contains(attribute.Name, AllowedAttributes)));
        Assert.All(document.QuerySelectorAll("a"), link =>
            Assert.Matches("^(https?:|mailto:|tel:|[^:]*$)", link.GetAttribute("href") ?? ""));
    }

    [Fact]
    public void ToHtml_RawHtml_IsShownAsText()
    {
        var html = _renderer.ToHtml("<b>bold</b>");

        Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_OrdinaryMarkdown_KeepsHeadingsListsEmphasisAndSafeLinks()
    {
        var html = _renderer.ToHtml("# Title\n\n## Part\n\n- one\n- **two**\n\n[help](help) [call](tel:+440800000000) [site](https://example.org)");

        Assert.Contains("<h2>Title</h2>", html, StringComparison.Ordinal); // the page has its own h1
        Assert.Contains("<h2>Part</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li><strong>two</strong></li>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"help\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:+440800000000\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("ar")]
    public void BuiltInTexts_EveryPageAndLanguage_ExistAndRender(string culture)
    {
        foreach (var page in Enum.GetValues<PublicPageKind>())
        {
            Assert.NotEmpty(_renderer.ToHtml(PublicPageDefaults.Markdown(page, culture)));
        }
        var check = PublicPageDefaults.SelfCheck(culture);
        Assert.InRange(check.Questions.Count, 8, 10);
        Assert.Contains("href=\"help\"", _renderer.ToHtml(check.IfAnyYes), StringComparison.Ordinal);
        Assert.Contains("href=\"help\"", _renderer.ToHtml(check.IfNoYes), StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltInSigns_InEachLanguage_HaveTheFourGroups()
    {
        Assert.Equal(5, PublicPageDefaults.Markdown(PublicPageKind.Signs, "en").Split("\n## ").Length - 1);
        Assert.Equal(5, PublicPageDefaults.Markdown(PublicPageKind.Signs, "es").Split("\n## ").Length - 1);
        Assert.Equal(5, PublicPageDefaults.Markdown(PublicPageKind.Signs, "ar").Split("\n## ").Length - 1);
    }
}
