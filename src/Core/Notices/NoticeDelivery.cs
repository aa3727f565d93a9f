namespace MppQueue.Core;

/// <summary>
/// One send handed to a provider: the notice, where to (the contact), and its words in the visitor's language
/// (<see cref="Title"/> and <see cref="Body"/> for push and SMS; WhatsApp sends its registered template with
/// <see cref="TemplateParameters"/>). <see cref="Link"/> is the absolute address of the ticket's or booking's page, when
/// the server knows its public address. <see cref="TemplateKey"/> names the text ("called", "cancelled_booking"): the
/// WhatsApp template registered for it takes <see cref="TemplateParameters"/> in order (docs/notifications.md).
/// </summary>
public sealed record NoticeDelivery(
    Notice Notice,
    NoticeContact Contact,
    string Language,
    string TemplateKey,
    string Title,
    string Body,
    IReadOnlyList<string> TemplateParameters,
    Uri? Link,
    string RelativeLink);
