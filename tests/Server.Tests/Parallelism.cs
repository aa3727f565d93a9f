// Server tests mostly wait on hosts starting, HTTP round trips and timers: four test classes at a time keep the
// 2-core CI machine busy where the default (one per core) leaves it half idle.
[assembly: CollectionBehavior(MaxParallelThreads = 4)]
