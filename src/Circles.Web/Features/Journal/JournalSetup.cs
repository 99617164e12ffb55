using Microsoft.AspNetCore.Authorization;

namespace Circles.Web.Features.Journal;

public static class JournalSetup
{
    /// <summary>Whose journal entry is whose.</summary>
    public static WebApplicationBuilder AddJournal(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IAuthorizationHandler, JournalEntryAccess>();
        return builder;
    }
}
