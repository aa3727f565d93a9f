using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MppQueue.Admin.Components.Config;
using MppQueue.Core;

namespace MppQueue.Admin.Pages.Config;

/// <summary>The logo section of the site page: upload (checked in Core by its bytes, not its name) and removal.</summary>
public sealed partial class SiteSettingsPage
{
    // The logo's refusals belong to no field of the form above: they are shown in the logo's own section.
    private readonly ConfigSave _logo = new([]);

    [Inject]
    private SiteLogoService Logos { get; set; } = default!;

    private async Task OnLogoChosen(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        try
        {
            await _logo.RunAsync(_actor, async actor =>
            {
                // The size first, so that a large file is refused before a byte of it crosses the circuit.
                SiteLogoRules.CheckSize(file.Size);
                using var buffer = new MemoryStream();
                await using (var stream = file.OpenReadStream(SiteLogoRules.MaxBytes))
                {
                    await stream.CopyToAsync(buffer);
                }

                Logos.Upload(actor, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
                return ConfigText.LogoUploaded;
            });
        }
        catch (IOException)
        {
            _logo.Errors.ShowTop(ConfigText.LogoReadFailed);
        }
    }

    private void OnLogoRemove() => _logo.Run(_actor, actor =>
    {
        Logos.Remove(actor);
        return ConfigText.LogoRemoved;
    });
}
