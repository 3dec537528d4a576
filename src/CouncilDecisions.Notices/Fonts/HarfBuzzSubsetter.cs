using System.Runtime.InteropServices;

namespace CouncilDecisions.Notices.Fonts;

/// <summary>
/// Subsets a TrueType font to the code points a document uses, with the <c>hb_subset_*</c> functions that the
/// native libHarfBuzzSharp (from HarfBuzzSharp.NativeAssets) exports but HarfBuzzSharp does not wrap.
/// Skia's PDF backend in SkiaSharp 4.155 embeds whatever font program it is given, whole; without this step every
/// notice carries ~750 KB of DejaVu.
/// </summary>
internal sealed partial class HarfBuzzSubsetter
{
    private const string Library = "libHarfBuzzSharp";
    private const int MemoryModeReadOnly = 1;
    private const uint NoHinting = 0x1;
    private const int DropTableTagSet = 3;

    // Layout tables are useless without shaping (we draw unshaped text) and are a large part of what is left.
    private static readonly uint[] DroppedTables = [Tag("GSUB"), Tag("GPOS"), Tag("GDEF"), Tag("kern")];

    private readonly IntPtr _face;

    private HarfBuzzSubsetter(IntPtr face) => _face = face;

    /// <summary>
    /// Prepares a font once per process. Returns null when the native library or its subset entry points are not
    /// available, in which case callers embed the full font.
    /// </summary>
    public static HarfBuzzSubsetter? TryCreate(byte[] font)
    {
        try
        {
            // The face lives as long as the process (one per embedded font), so its bytes are copied to native
            // memory that is never freed rather than pinned on the managed heap.
            var data = Marshal.AllocHGlobal(font.Length);
            Marshal.Copy(font, 0, data, font.Length);
            var blob = hb_blob_create_or_fail(data, (uint)font.Length, MemoryModeReadOnly, IntPtr.Zero, IntPtr.Zero);
            if (blob == IntPtr.Zero)
            {
                return null;
            }

            var face = hb_face_create(blob, 0);
            hb_blob_destroy(blob);

            // A preprocessed face makes each later subset call cheaper, which matters at hundreds of notices a second.
            var preprocessed = hb_subset_preprocess(face);
            hb_face_destroy(face);
            return preprocessed == IntPtr.Zero ? null : new HarfBuzzSubsetter(preprocessed);
        }
        catch (DllNotFoundException)
        {
            return null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Returns a font program holding only the given code points, or null if HarfBuzz refused.</summary>
    public byte[]? Subset(IEnumerable<int> codePoints)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codePoint in codePoints)
            {
                hb_set_add(unicodes, (uint)codePoint);
            }

            var dropTables = hb_subset_input_set(input, DropTableTagSet);
            foreach (var tag in DroppedTables)
            {
                hb_set_add(dropTables, tag);
            }

            hb_subset_input_set_flags(input, NoHinting);
            var subset = hb_subset_or_fail(_face, input);
            if (subset == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                var blob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    if (data == IntPtr.Zero || length == 0)
                    {
                        return null;
                    }

                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally
                {
                    hb_blob_destroy(blob);
                }
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    private static uint Tag(string tag) => (uint)((tag[0] << 24) | (tag[1] << 16) | (tag[2] << 8) | tag[3]);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_create_or_fail(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_create(IntPtr blob, uint index);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codePoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_preprocess(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr source, IntPtr input);
}
