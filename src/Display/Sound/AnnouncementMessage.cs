namespace MppQueue.Display.Sound;

/// <summary>One call to announce, as screen.js receives it: the clips in the order they are spoken, and the sentence.</summary>
public sealed record AnnouncementMessage(long Sequence, IReadOnlyList<string> Clips, string Sentence, bool UseSpeech);
