using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circles.Web.Features.MyData;

/// <summary>Where a person lands after erasing their account: nobody is signed in any more.</summary>
[AllowAnonymous]
public sealed class DeletedModel : PageModel
{
    public void OnGet()
    {
    }
}
