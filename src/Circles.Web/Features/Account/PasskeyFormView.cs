namespace Circles.Web.Features.Account;

/// <summary>
/// What <c>_PasskeyForm</c> needs: whether the browser is asked to make a passkey ("create") or
/// to use one ("request"), the page and handler that receive the answer, the handler that gives
/// the browser its challenge, the button's text, and where to go afterwards.
/// </summary>
public sealed record PasskeyFormView(string Operation, string Page, string Handler, string OptionsHandler, string Button, string? ReturnUrl, bool AskForName = false);
