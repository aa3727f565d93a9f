// Most of a browser test's time is spent waiting on Chromium, a host or a timer, not computing: four test classes at
// a time keep the 2-core CI machine busy where the default (one per core) leaves it half idle.
[assembly: CollectionBehavior(MaxParallelThreads = 4)]
