using MppQueue.Server.Hosting;
using MppQueue.Server.Maintenance;

if (RestoreCommand.IsRestore(args))
{
    return RestoreCommand.Run(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.UseBuildOutputAssets();
builder.Services.AddServer(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseServer();

await app.RunAsync();
return 0;
