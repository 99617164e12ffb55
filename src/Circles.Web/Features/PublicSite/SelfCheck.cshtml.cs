using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace Circles.Web.Features.PublicSite;

/// <summary>
/// "Could this be happening?": a few yes/no questions answered only in the page
/// (wwwroot/js/self-check.js). There is no form to submit: nothing is sent and nothing is kept.
/// Without JavaScript both result texts are shown below the questions.
/// </summary>
[AllowAnonymous]
public sealed class SelfCheckModel(PublicSites sites, PublicPageTexts texts, MarkdownRenderer renderer) : ContentPageModel(sites, texts, renderer)
{
    private readonly MarkdownRenderer _renderer = renderer;

    protected override PublicPageKind Kind => PublicPageKind.SelfCheck;

    public IReadOnlyList<string> Questions { get; private set; } = [];
    public IHtmlContent IfAnyYes { get; private set; } = HtmlString.Empty;
    public IHtmlContent IfNoYes { get; private set; } = HtmlString.Empty;

    public IActionResult OnGet()
    {
        var check = PublicPageDefaults.SelfCheck(Culture);
        Questions = check.Questions;
        IfAnyYes = new HtmlString(_renderer.ToHtml(check.IfAnyYes));
        IfNoYes = new HtmlString(_renderer.ToHtml(check.IfNoYes));
        return Page();
    }
}
