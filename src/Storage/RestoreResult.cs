namespace MppQueue.Storage;

/// <summary>What a restore did: the file put in place, where the replaced file was kept, and what was carried over.</summary>
public sealed record RestoreResult(string DataFile, string? ReplacedFileKeptAs, int CountersCarried, long SequenceCarried);
