using Microsoft.Playwright;

namespace MppQueue.EndToEnd.Tests.Support;

public sealed class TicketScreen(IPage page) : Screen(page)
{
    public Task OpenAsync(Uri address) => OpenAsync(address.AbsoluteUri);

    public async Task<string> NumberAsync() => (await TestId("ticket-number").InnerTextAsync()).Trim();

    public ILocator Status => TestId("ticket-status");

    public ILocator GoTo => TestId("ticket-go-to");
}
