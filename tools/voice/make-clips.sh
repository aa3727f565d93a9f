#!/usr/bin/env bash
# make-clips.sh: makes the sound clips of the spoken call (DOMAIN.md, "The call").
#
# A display screen announces a call by playing short clips one after the other, the list
# CallAnnouncement.For(number, desk).Clips of Core, e.g.
#   chime, nomor-antrian, huruf-es, huruf-ka, dua, belas, silakan-menuju-loket, tiga
# This script makes every clip that list can name, offline, with Debian's espeak-ng
# (Indonesian voice "id") and sox, into
#   src/Display/wwwroot/audio/id/<name>.ogg    Ogg Vorbis, mono, 22.05 kHz, silence trimmed
#                                              at both ends, peak-normalized to -3 dBFS
#   src/Display/wwwroot/audio/id/clips.json    JSON array of all clip names, sorted, for preloading
# The chime is synthesized with sox (a two-tone "ding-dong").
#
# Needs: apt-get install -y espeak-ng sox libsox-fmt-all
# Usage: tools/voice/make-clips.sh [--keep-existing]
#   Rerunnable: by default every clip is made again and overwritten.
#   --keep-existing makes only the clips that are missing, and leaves the others alone.
#
# A site's own recordings: record each clip under the same name (e.g. "huruf-a", "sebelas",
# "silakan-menuju-loket"), convert it to Ogg Vorbis (any duration; mono, trimmed silence and
# similar loudness sound best, see the sox line in make_clip below) and put it in the same
# folder, replacing the made clip. Then rerun this script only with --keep-existing, or not at
# all, so the recordings are not overwritten. See tools/voice/README.md.
#
# The lists below must match Core (src/Core/Speech/IndonesianReading.cs: AllNumberWords and
# LetterNames; CallAnnouncement.cs: Chime, Opening, ToDesk). tests/Core.Tests/VoiceClipsTests.cs
# fails when a clip that Core can name is missing or clips.json differs from Core's set.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/src/Display/wwwroot/audio/id"

keep_existing=false
case "${1:-}" in
    --keep-existing) keep_existing=true ;;
    "") ;;
    *) echo "usage: $0 [--keep-existing]" >&2; exit 2 ;;
esac

for tool in espeak-ng sox; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y espeak-ng sox libsox-fmt-all" >&2; exit 1; }
done

voice="id"   # espeak-ng's Indonesian voice
speed=140    # words per minute; espeak-ng's default is 175, slower carries better in a noisy hall
pitch=45     # 0-99, default 50

# Clip name -> text espeak-ng reads. [[...]] is espeak-ng phoneme input, used where the
# spelling alone is read wrongly (loket has an open e, /lokɛt/; the letter S is /ɛs/).
declare -A text=(
    [nomor-antrian]="nomor antrian"
    [silakan-menuju-loket]="silakan menuju [[l'okEt]]"
)

# Number words: IndonesianReading.AllNumberWords. Each is read as written.
number_words=(nol satu dua tiga empat lima enam tujuh delapan sembilan
              sepuluh sebelas belas puluh seratus ratus seribu ribu)
for w in "${number_words[@]}"; do text[$w]="$w"; done

# Letters: IndonesianReading.LetterNames, clip "huruf-<name>", read as the Indonesian letter name.
letter_names=(a be ce de e ef ge ha i je ka el em en o pe ki er es te u ve we eks ye zet)
for l in "${letter_names[@]}"; do text[huruf-$l]="$l"; done
text[huruf-es]="[['Es]]"

mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# sox -R (repeatable) fixes the Ogg stream serial and random seeds, so a rerun with the same
# espeak-ng and sox gives byte-identical files and no churn in git.
# Ogg Vorbis quality 3 (about 80 kbit/s nominal, much less for short speech): clear and small.
encode=(-C 3)

make_clip() { # name text
    local name="$1" words="$2"
    espeak-ng -v "$voice" -s "$speed" -p "$pitch" -w "$tmp/raw.wav" "$words"
    # Normalize, then trim silence from the start and (reversed) from the end so words chain
    # without gaps. The threshold is low (0.3 %) so that soft ends like the f of "ef" or the h of
    # "sepuluh" stay; a few ms of padding at the end keep a player from clipping the last sound.
    sox -R "$tmp/raw.wav" -c 1 "${encode[@]}" "$out/$name.ogg" \
        norm -3 silence 1 0.01 0.3% reverse silence 1 0.01 0.3% reverse \
        rate 22050 norm -3 pad 0 0.03
}

make_chime() {
    # Ding-dong: E5 then C5, each a sine with a softer octave for a bell-like colour, a quick
    # attack and a long decay; the second tone starts while the first still rings. About 1.2 s.
    sox -R -n -r 22050 -c 2 "$tmp/ding.wav" synth 0.75 sine 659.25 sine 1318.5 remix - \
        fade q 0.01 0.75 0.6 vol 0.8
    sox -R -n -r 22050 -c 2 "$tmp/dong.wav" synth 0.8 sine 523.25 sine 1046.5 remix - \
        fade q 0.01 0.8 0.7 vol 0.8 pad 0.4 0
    sox -R -m "$tmp/ding.wav" "$tmp/dong.wav" -c 1 "${encode[@]}" "$out/chime.ogg" norm -3 pad 0 0.05
}

names=(chime "${!text[@]}")
made=0
for name in "${names[@]}"; do
    if $keep_existing && [[ -s "$out/$name.ogg" ]]; then
        continue
    fi
    if [[ "$name" == chime ]]; then
        make_chime
    else
        make_clip "$name" "${text[$name]}"
    fi
    made=$((made + 1))
done

# clips.json: every clip name, sorted (ordinal), one JSON array.
mapfile -t sorted < <(printf '%s\n' "${names[@]}" | LC_ALL=C sort)
{
    printf '[\n'
    for i in "${!sorted[@]}"; do
        sep=","
        (( i == ${#sorted[@]} - 1 )) && sep=""
        printf '  "%s"%s\n' "${sorted[$i]}" "$sep"
    done
    printf ']\n'
} > "$out/clips.json"

echo "made $made of ${#names[@]} clips in ${out#"$root"/}"
