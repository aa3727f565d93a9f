namespace MppQueue.Api.Messages;

/// <summary>
/// A booking just made, as answered to the client that made it, and only this once: with the secret of the holder's
/// own page (<see cref="PagePath"/> under the MPP's address), so that the client can send the holder the link where
/// they see the code and its QR, and cancel or move it themselves. A look-up never shows the token again.
/// </summary>
public sealed record BookingCreatedMessage(BookingMessage Booking, string PageToken, string PagePath);
