using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.Safety;

/// <summary>SEC-3: plain advice on what quick exit can and cannot hide, open to everyone.</summary>
[AllowAnonymous]
public sealed class SaferBrowsingModel : PageModel
{
    public void OnGet()
    {
    }
}
