using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MppQueue.Core;

namespace MppQueue.Admin.Pages.Config;

/// <summary>The logo section of the site page: upload (checked in Core by its bytes, not its name) and removal.</summary>
public sealed partial class SiteSettingsPage
{
    private string? _logoError;
    private string? _logoSaved;
    private bool _uploading;

    [Inject]
    private SiteLogoService Logos { get; set; } = default!;

    private async Task OnLogoChosen(IBrowserFile? file)
    {
        if (file is null || _actor is null || _uploading)
        {
            return;
        }

        _uploading = true;
        _logoError = null;
        _logoSaved = null;
        try
        {
            // The size first, so that a large file is refused before a byte of it crosses the circuit.
            SiteLogoRules.CheckSize(file.Size);
            using var buffer = new MemoryStream();
            await using (var stream = file.OpenReadStream(SiteLogoRules.MaxBytes))
            {
                await stream.CopyToAsync(buffer);
            }

            Logos.Upload(_actor, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            _logoSaved = ConfigText.LogoUploaded;
        }
        catch (CatalogException refusal)
        {
            _logoError = refusal.Error.Describe(CultureInfo.CurrentUICulture);
        }
        catch (IOException)
        {
            _logoError = ConfigText.LogoReadFailed;
        }
        finally
        {
            _uploading = false;
        }
    }

    private void OnLogoRemove()
    {
        if (_actor is null || _uploading)
        {
            return;
        }

        _logoError = null;
        _logoSaved = null;
        try
        {
            Logos.Remove(_actor);
            _logoSaved = ConfigText.LogoRemoved;
        }
        catch (CatalogException refusal)
        {
            _logoError = refusal.Error.Describe(CultureInfo.CurrentUICulture);
        }
    }
}
