using Xunit;

// The browser tests spend most of their time waiting (on Chromium, a host, a screen's timer), so three classes run side
// by side on the 2-core CI machine; each test still has its own host and browser.
[assembly: CollectionBehavior(MaxParallelThreads = 3)]
