namespace MppQueue.Api.Messages;

/// <summary>
/// A ticket just issued, as answered to the client that issued it, and only this once: with the secret of the
/// ticket's own page (<see cref="PagePath"/> under the MPP's address), the page a kiosk's QR leads to, so that the
/// client can give the visitor the link. Reading the ticket later (GET /api/v1/tickets/{id}) never shows the token.
/// </summary>
public sealed record TicketIssuedMessage(TicketMessage Ticket, string PageToken, string PagePath);
