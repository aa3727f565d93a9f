using MppQueue.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.UseBuildOutputAssets();
builder.Services.AddServer(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseServer();

await app.RunAsync();
