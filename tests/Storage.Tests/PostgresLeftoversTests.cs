using MppQueue.PostgresTesting;

namespace MppQueue.Storage.Tests;

/// <summary>A throw-away cluster's start removes the folders that earlier test processes could not (ADR 22).</summary>
public sealed class PostgresLeftoversTests : IDisposable
{
    private const string Prefix = "mppqueue-pg-";
    private readonly TempFolder _parent = new();

    public void Dispose() => _parent.Dispose();

    [Fact]
    public void RemoveLeftovers_OldStoppedRunningAndNew_RemovesOnlyTheOldStoppedOne()
    {
        var stopped = Cluster("stopped", age: TimeSpan.FromHours(2), pid: null);
        var stale = Cluster("stalepid", age: TimeSpan.FromHours(2), pid: int.MaxValue);
        var running = Cluster("running", age: TimeSpan.FromHours(2), pid: Environment.ProcessId);
        var fresh = Cluster("fresh", age: TimeSpan.FromMinutes(1), pid: null);
        var other = Directory.CreateDirectory(_parent.File("something-else")).FullName;
        Directory.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddHours(-2));

        PostgresCluster.RemoveLeftovers(_parent.Path, Prefix);

        Assert.False(Directory.Exists(stopped));
        Assert.False(Directory.Exists(stale));
        Assert.True(Directory.Exists(running));
        Assert.True(Directory.Exists(fresh));
        Assert.True(Directory.Exists(other));
    }

    private string Cluster(string name, TimeSpan age, int? pid)
    {
        var folder = Directory.CreateDirectory(_parent.File(Prefix + name)).FullName;
        var data = Directory.CreateDirectory(Path.Combine(folder, "data")).FullName;
        if (pid is { } id)
        {
            File.WriteAllLines(Path.Combine(data, "postmaster.pid"), [id.ToString(System.Globalization.CultureInfo.InvariantCulture), data]);
        }

        var log = Path.Combine(folder, "server.log");
        File.WriteAllText(log, "LOG:  database system is ready to accept connections\n");
        File.SetLastWriteTimeUtc(log, DateTime.UtcNow - age);
        return folder;
    }
}
