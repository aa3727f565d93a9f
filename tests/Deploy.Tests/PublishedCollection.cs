namespace MppQueue.Deploy.Tests;

/// <summary>One published server for every deploy test: publishing and starting it is the costly part.</summary>
[CollectionDefinition(Name)]
public sealed class PublishedCollection : ICollectionFixture<PublishedServer>
{
    public const string Name = "published server";
}
