using System.Globalization;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography;
using NguyenLuongBang.Emulation.Web.Documents.Incremental;

namespace NguyenLuongBang.Emulation.Web.Documents;

/// <summary>The person a document names as its signer, with the certificates bound to their account.</summary>
/// <param name="Thumbprints">SHA-256 of each bound certificate's DER (hexadecimal).</param>
public sealed record NamedSigner(string Name, IReadOnlyCollection<string> Thumbprints);

/// <summary>
/// Checks a copy of an issued document signed outside the portal before it becomes the official
/// copy. Signing software appends an incremental update; a "shadow attack" appends one that also
/// changes what the pages show, with a signature that still validates its own bytes. So the copy is
/// accepted only when it is the issued file byte for byte followed by updates that, object by object,
/// add signature fields (their widgets, appearances and values) and validation data (DSS) and change
/// nothing else; every new signature is a real signature field covering the file up to its own update;
/// there is at least one; and each is made with a certificate bound to the person the document names.
/// Trust in the certificate's authority is not judged here: the binding by the administrator is.
/// </summary>
public static class SignedPdfCheck
{
    public sealed record Result(string? Problem, IReadOnlyList<string> Signers)
    {
        public bool Valid => Problem is null;
    }

    /// <summary>More new signatures than any real document carries: refused rather than checked one by one.</summary>
    public const int MaxSignatures = 5;

    public const string Unchanged = "Tệp tải lên trùng với văn bản đã ban hành, chưa có chữ ký số mới.";

    private static readonly string[] SubFilters = ["adbe.pkcs7.detached", "ETSI.CAdES.detached"];

    public static Result Check(byte[] file, byte[] issued, string number, NamedSigner signer)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(issued);
        ArgumentNullException.ThrowIfNull(signer);
        if (file.Length < 5 || !file.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            return Refused("Tệp không phải PDF.");
        }

        if (issued.Length == 0)
        {
            return Refused($"Văn bản {number} không có tệp PDF đã ban hành để đối chiếu.");
        }

        if (file.AsSpan().SequenceEqual(issued))
        {
            return Refused(Unchanged);
        }

        if (file.Length < issued.Length || !file.AsSpan(0, issued.Length).SequenceEqual(issued))
        {
            return Refused($"Tệp tải lên không phải văn bản {number} đã ban hành được ký thêm: phần đầu tệp khác bản đã ban hành (phần mềm ký số phải ghi thêm vào cuối tệp, không lưu lại cả tệp).");
        }

        try
        {
            var revisions = PdfRevisions.Read(file, issued.Length);
            if (revisions.Updates.Count == 0)
            {
                return Refused(Unchanged);
            }

            var signatures = new List<(PdfUpdate Update, PdfDict Value)>();
            foreach (var update in revisions.Updates)
            {
                if (new UpdateInspection(revisions, update, signatures).Problem() is { } problem)
                {
                    return Refused(problem);
                }
            }

            if (signatures.Count == 0)
            {
                return Refused("Phần ghi thêm sau văn bản đã ban hành không có chữ ký số mới nào.");
            }

            if (signatures.Count > MaxSignatures)
            {
                return Refused($"Tệp có quá nhiều chữ ký số mới (hơn {MaxSignatures}).");
            }

            var signers = new List<string>();
            foreach (var (update, value) in signatures)
            {
                var (certificate, problem) = Verify(file, update, value);
                if (problem is not null)
                {
                    return new Result(problem, signers);
                }

                var name = certificate!.GetNameInfo(X509NameType.SimpleName, false);
                var thumbprint = Convert.ToHexString(SHA256.HashData(certificate.RawData));
                if (!signer.Thumbprints.Contains(thumbprint, StringComparer.OrdinalIgnoreCase))
                {
                    return new Result($"Chữ ký số bằng chứng thư «{certificate.Subject}» không phải của người ký văn bản {number} ({signer.Name}): chứng thư này chưa được gắn với tài khoản của {signer.Name} trên cổng.", signers);
                }

                signers.Add(name);
            }

            return new Result(null, signers);
        }
        catch (PdfSyntaxException unreadable)
        {
            return Refused("Không đọc được phần ghi thêm sau văn bản đã ban hành: " + unreadable.Message + ".");
        }
    }

    private static Result Refused(string problem) => new(problem, []);

    /// <summary>The signature's own checks: its kind, its byte range, and the CMS over exactly those bytes.</summary>
    private static (X509Certificate2? Certificate, string? Problem) Verify(byte[] file, PdfUpdate update, PdfDict value)
    {
        var where = $"Chữ ký ở lần ghi thêm thứ {update.Ordinal}";
        if (!SubFilters.Contains(value.NameOf("SubFilter")))
        {
            return (null, $"{where} thuộc kiểu {value.NameOf("SubFilter") ?? "không rõ"}; cổng chỉ nhận chữ ký adbe.pkcs7.detached hoặc ETSI.CAdES.detached.");
        }

        var range = (value["ByteRange"] as PdfArray)?.Items.Select(i => i is PdfNumber n && n.Value >= 0 && n.Value == decimal.Truncate(n.Value) && n.Value <= int.MaxValue ? (long?)n.Value : null).ToList();
        if (value["Contents"] is not PdfString { Hex: true } contents || range is not [0, { } b, { } c, { } d]
            || b != contents.Start || c != contents.End || (c + d != update.End && c + d != update.EofEnd))
        {
            return (null, $"{where} có vùng ký (ByteRange) không bao trùm tệp từ đầu đến hết lần ghi thêm của nó, trừ đúng giá trị chữ ký.");
        }

        var signed = new byte[b + d];
        Array.Copy(file, 0, signed, 0, b);
        Array.Copy(file, c, signed, b, d);
        try
        {
            var cms = new SignedCms(new ContentInfo(signed), detached: true);
            cms.Decode(Der(contents.Bytes));
            cms.CheckSignature(verifySignatureOnly: true);
            return cms.SignerInfos is [{ Certificate: { } certificate }]
                ? (certificate, null)
                : (null, $"{where} không có đúng một người ký kèm chứng thư.");
        }
        catch (CryptographicException)
        {
            return (null, $"{where} không hợp lệ: tệp đã bị thay đổi sau khi ký, hoặc chữ ký bị hỏng.");
        }
    }

    /// <summary>The CMS structure without the zeros that pad the signature's placeholder.</summary>
    private static byte[] Der(byte[] contents)
    {
        if (contents.Length < 2 || contents[0] != 0x30)
        {
            throw new CryptographicException("Not a CMS structure.");
        }

        int length, header;
        if (contents[1] < 0x80)
        {
            (length, header) = (contents[1], 2);
        }
        else
        {
            var count = contents[1] & 0x7F;
            if (count is 0 or > 3 || contents.Length < 2 + count)
            {
                throw new CryptographicException("Bad CMS length.");
            }

            length = 0;
            for (var i = 0; i < count; i++)
            {
                length = (length << 8) | contents[2 + i];
            }

            header = 2 + count;
        }

        return header + length <= contents.Length ? contents[..(header + length)] : throw new CryptographicException("Truncated CMS.");
    }

    /// <summary>
    /// One update compared object by object with what stood before it. What may change: the catalog
    /// (its /AcroForm and /DSS only), the form (fields added, /SigFlags; /DR and /DA where it had none),
    /// a page (widgets added to /Annots). Every new object must belong to a new signature field or to
    /// the validation data.
    /// </summary>
    private sealed class UpdateInspection(PdfRevisions file, PdfUpdate update, List<(PdfUpdate, PdfDict)> signatures)
    {
        private readonly int _before = update.Index - 1;
        private readonly int _after = update.Index;
        private readonly List<PdfValue> _roots = [];
        private readonly HashSet<int> _newWidgets = [];
        private readonly List<(PdfValue Annot, int Page)> _pendingAnnots = [];

        private string Where => $"Lần ghi thêm thứ {update.Ordinal}";

        public string? Problem()
        {
            var root = file.Trailer(_before)["Root"] as PdfReference;
            if (root is null || !Same(update.Trailer["Root"], root) || update.Trailer["Encrypt"] is not null)
            {
                return $"{Where} thay danh mục tài liệu (/Root) hoặc thêm mã hóa: bản ký số chỉ được thêm chữ ký.";
            }

            if (update.Freed.Count > 0)
            {
                return $"{Where} xóa đối tượng {update.Freed[0]} của văn bản: bản ký số chỉ được thêm chữ ký.";
            }

            var catalogBefore = file.Find(root.Number, _before)?.Value as PdfDict;
            var catalogAfter = file.Find(root.Number, _after)?.Value as PdfDict;
            if (catalogBefore is null || catalogAfter is null)
            {
                return $"{Where} làm mất danh mục tài liệu (Catalog).";
            }

            var pages = file.Pages(_before);
            var owners = Owners(catalogBefore, pages);
            var changedPages = new SortedSet<int>();
            foreach (var (number, defined) in update.Objects)
            {
                var before = file.Find(number, _before);
                if (before is null || Same(before.Value, defined.Value))
                {
                    continue;
                }

                if (owners.TryGetValue(number, out var owner) && owner.Page is { } page)
                {
                    changedPages.Add(page);
                }
                else if (owner.Role == "dss")
                {
                    // Validation data may be updated (long-term validation adds to it); what it adds must be its own.
                    _roots.Add(defined.Value);
                }
                else if (owner.Role is not ("catalog" or "form"))
                {
                    return $"{Where} sửa {Describe(number, before.Value, owners)} (đối tượng {number}): bản ký số chỉ được thêm chữ ký, không được sửa văn bản.";
                }
            }

            if (file.Pages(_after).Count != pages.Count)
            {
                return $"{Where} thay đổi số trang của văn bản.";
            }

            var problem = Catalog(catalogBefore, catalogAfter) ?? Form(catalogBefore, catalogAfter);
            foreach (var page in changedPages)
            {
                problem ??= Page(pages[page], page);
            }

            return problem ?? Unreached();
        }

        private string? Catalog(PdfDict before, PdfDict after)
        {
            foreach (var key in before.Entries.Keys.Union(after.Entries.Keys).Where(k => k is not "AcroForm"))
            {
                if (Same(before[key], after[key]))
                {
                    continue;
                }

                if (key != "DSS")
                {
                    return $"{Where} sửa mục /{key} của danh mục tài liệu (Catalog): chỉ được thêm biểu mẫu chữ ký (/AcroForm) và dữ liệu kiểm tra chữ ký (/DSS).";
                }

                _roots.Add(after[key]!);
            }

            return null;
        }

        private string? Form(PdfDict catalogBefore, PdfDict catalogAfter)
        {
            var before = file.Resolve(catalogBefore["AcroForm"], _before) as PdfDict ?? new PdfDict(new Dictionary<string, PdfValue>());
            if (file.Resolve(catalogAfter["AcroForm"], _after) is not PdfDict after)
            {
                return catalogAfter["AcroForm"] is null && catalogBefore["AcroForm"] is null ? null : $"{Where} xóa biểu mẫu (/AcroForm) của văn bản.";
            }

            if (!Same(catalogBefore["AcroForm"], catalogAfter["AcroForm"]))
            {
                _roots.Add(catalogAfter["AcroForm"]!);
            }

            foreach (var key in before.Entries.Keys.Union(after.Entries.Keys))
            {
                var allowed = key switch
                {
                    "Fields" or "SigFlags" => true,
                    "DR" or "DA" => before[key] is null || Same(before[key], after[key]),
                    _ => Same(before[key], after[key]),
                };
                if (!allowed)
                {
                    return $"{Where} sửa mục /{key} của biểu mẫu (/AcroForm): chỉ được thêm ô chữ ký.";
                }
            }

            if (!Same(before["Fields"], after["Fields"]))
            {
                _roots.Add(after["Fields"]!);
            }

            var added = Added(before["Fields"], after["Fields"]);
            if (added is null)
            {
                return $"{Where} bỏ hoặc đổi chỗ ô của biểu mẫu (/Fields): chỉ được thêm ô chữ ký.";
            }

            foreach (var field in added)
            {
                if (SignatureField(field) is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }

        /// <summary>A new field must be a signature field, new in this update, whose value is a new signature.</summary>
        private string? SignatureField(PdfValue field)
        {
            if (field is not PdfReference reference || !IsNew(reference) || file.Resolve(reference, _after) is not PdfDict dictionary || !dictionary.Is("FT", "Sig"))
            {
                return $"{Where} thêm vào biểu mẫu một ô không phải ô chữ ký số (/FT /Sig).";
            }

            _roots.Add(reference);
            if (dictionary["V"] is not PdfReference value || !IsNew(value) || file.Resolve(value, _after) is not PdfDict signature
                || signature["ByteRange"] is null || signature["Contents"] is null)
            {
                return $"{Where} thêm ô chữ ký không mang chữ ký mới (/V).";
            }

            signatures.Add((update, signature));
            if (dictionary.Is("Subtype", "Widget"))
            {
                _newWidgets.Add(reference.Number);
            }

            foreach (var kid in (file.Resolve(dictionary["Kids"], _after) as PdfArray)?.Items ?? [])
            {
                if (kid is not PdfReference kidReference || !IsNew(kidReference) || file.Resolve(kid, _after) is not PdfDict widget || !widget.Is("Subtype", "Widget"))
                {
                    return $"{Where} thêm ô chữ ký có phần con không phải hình hiển thị chữ ký (widget).";
                }

                _newWidgets.Add(kidReference.Number);
            }

            return null;
        }

        private string? Page(PdfReference page, int index)
        {
            var before = (PdfDict)file.Resolve(page, _before)!;
            if (file.Resolve(page, _after) is not PdfDict after)
            {
                return $"{Where} làm mất trang {index + 1}.";
            }

            foreach (var key in before.Entries.Keys.Union(after.Entries.Keys).Where(k => k != "Annots"))
            {
                if (!Same(before[key], after[key]))
                {
                    return $"{Where} sửa {PageKey(key)} của trang {index + 1}: bản ký số chỉ được thêm chữ ký, không được sửa văn bản.";
                }
            }

            if (!Same(before["Annots"], after["Annots"]))
            {
                _roots.Add(after["Annots"]!);
            }

            var added = Added(before["Annots"], after["Annots"]);
            if (added is null)
            {
                return $"{Where} bỏ hoặc đổi chú thích đã có trên trang {index + 1}.";
            }

            // Widgets are checked once the form has listed the new fields: kept for Unreached.
            _pendingAnnots.AddRange(added.Select(a => (a, index)));
            return null;
        }

        /// <summary>New annotations must be the new signatures' widgets; every new object must hang from a signature or the DSS.</summary>
        private string? Unreached()
        {
            foreach (var (annot, page) in _pendingAnnots)
            {
                if (annot is not PdfReference reference || !_newWidgets.Contains(reference.Number))
                {
                    // A signature widget the form does not list is no field: readers would not show it as a signature.
                    return file.Resolve(annot, _after) is PdfDict widget && widget.Is("FT", "Sig")
                        ? $"{Where} thêm vào trang {page + 1} một ô chữ ký không có trong danh sách ô của biểu mẫu (/AcroForm /Fields): phần mềm ký số phải ghi ô chữ ký vào biểu mẫu."
                        : $"{Where} thêm vào trang {page + 1} một chú thích không phải ô chữ ký mới: bản ký số chỉ được thêm chữ ký.";
                }
            }

            var reached = new HashSet<int>();
            var stack = new Stack<(PdfValue Value, int Depth)>(_roots.Select(r => (r, 0)));
            while (stack.TryPop(out var item))
            {
                if (item.Depth > PdfSyntax.MaxDepth * 4)
                {
                    continue;
                }

                switch (item.Value)
                {
                    case PdfReference reference when IsNew(reference) && reached.Add(reference.Number):
                        stack.Push((update.Objects[reference.Number].Value, item.Depth + 1));
                        break;
                    case PdfStreamData stream:
                        stack.Push((stream.Dictionary, item.Depth + 1));
                        break;
                    case PdfDict dictionary:
                        foreach (var entry in dictionary.Entries.Values)
                        {
                            stack.Push((entry, item.Depth + 1));
                        }

                        break;
                    case PdfArray array:
                        foreach (var entry in array.Items)
                        {
                            stack.Push((entry, item.Depth + 1));
                        }

                        break;
                }
            }

            var stray = update.Objects.Keys.Where(n => file.Find(n, _before) is null && !reached.Contains(n)).Order().FirstOrDefault(-1);
            if (stray < 0)
            {
                return null;
            }

            var what = update.Objects[stray].Value is PdfDict d && d["ByteRange"] is not null ? "một chữ ký (CMS) không nằm trong ô chữ ký nào của biểu mẫu" : "một đối tượng không thuộc chữ ký số nào";
            return $"{Where} thêm {what} (đối tượng {stray}): chỉ chữ ký trong ô chữ ký (/FT /Sig) được nhận.";
        }

        /// <summary>The entries added to an array (direct or indirect), or null when one it had is gone or moved.</summary>
        private List<PdfValue>? Added(PdfValue? before, PdfValue? after)
        {
            var old = (file.Resolve(before, _before) as PdfArray)?.Items ?? [];
            var now = (file.Resolve(after, _after) as PdfArray)?.Items ?? [];
            var added = new List<PdfValue>();
            var i = 0;
            foreach (var item in now)
            {
                if (i < old.Count && Same(old[i], item))
                {
                    i++;
                }
                else
                {
                    added.Add(item);
                }
            }

            return i == old.Count ? added : null;
        }

        /// <summary>Which page, or which part of the catalog, each object of the previous state serves (to name what an update changed).</summary>
        private Dictionary<int, (int? Page, string Role)> Owners(PdfDict catalog, IReadOnlyList<PdfReference> pages)
        {
            var owners = new Dictionary<int, (int? Page, string Role)>();
            var root = (PdfReference)file.Trailer(_before)["Root"]!;
            owners[root.Number] = (null, "catalog");
            if (catalog["AcroForm"] is PdfReference form)
            {
                owners[form.Number] = (null, "form");
            }

            if ((file.Resolve(catalog["AcroForm"], _before) as PdfDict)?["Fields"] is PdfReference fields)
            {
                owners[fields.Number] = (null, "form");
            }

            if (file.Trailer(_before)["Info"] is PdfReference info)
            {
                owners.TryAdd(info.Number, (null, "info"));
            }

            // The validation data (DSS) and what it holds: certificates, OCSP answers, CRLs, VRI entries.
            var dss = new Stack<(PdfValue Value, int Depth)>([(catalog["DSS"] ?? PdfNull.Instance, 0)]);
            while (dss.TryPop(out var item))
            {
                var value = item.Value;
                if (value is PdfReference reference)
                {
                    if (item.Depth > 4 || !owners.TryAdd(reference.Number, (null, "dss")))
                    {
                        continue;
                    }

                    value = file.Resolve(reference, _before);
                }

                IEnumerable<PdfValue> children = value switch
                {
                    PdfDict d => d.Entries.Values,
                    PdfArray a => a.Items,
                    _ => [],
                };
                foreach (var child in children)
                {
                    dss.Push((child, item.Depth + 1));
                }
            }

            for (var i = 0; i < pages.Count; i++)
            {
                owners[pages[i].Number] = (i, "page");
                var page = file.Resolve(pages[i], _before) as PdfDict;
                if (page?["Annots"] is PdfReference annots)
                {
                    owners[annots.Number] = (i, "annots");
                }

                var contents = page?["Contents"];
                foreach (var part in (file.Resolve(contents, _before) as PdfArray)?.Items.Append(contents!) ?? [contents!])
                {
                    if (part is PdfReference stream)
                    {
                        owners.TryAdd(stream.Number, (null, "contents:" + (i + 1).ToString(CultureInfo.InvariantCulture)));
                    }
                }
            }

            return owners;
        }

        private static string Describe(int number, PdfValue before, Dictionary<int, (int? Page, string Role)> owners)
        {
            if (owners.TryGetValue(number, out var owner) && owner.Role.StartsWith("contents:", StringComparison.Ordinal))
            {
                return "nội dung trang " + owner.Role["contents:".Length..];
            }

            if (owner.Role == "info")
            {
                return "thông tin tài liệu (/Info)";
            }

            var dictionary = before as PdfDict ?? (before as PdfStreamData)?.Dictionary;
            return (dictionary?.NameOf("Type"), dictionary?.NameOf("Subtype")) switch
            {
                ("Font" or "FontDescriptor", _) => "phông chữ",
                (_, "Image") => "hình ảnh",
                (_, "Form") => "hình vẽ (XObject)",
                ("Annot", _) or (_, "Widget" or "Link" or "Text" or "FreeText" or "Stamp") => "chú thích trên trang",
                ("Pages", _) => "cây trang",
                ("Sig", _) => "chữ ký đã có",
                ("Metadata", _) => "siêu dữ liệu",
                _ when dictionary?["Font"] is not null || dictionary?["XObject"] is not null || dictionary?["ProcSet"] is not null => "tài nguyên của trang",
                _ => "một đối tượng của văn bản",
            };
        }

        private static string PageKey(string key) => key switch
        {
            "Contents" => "nội dung (/Contents)",
            "Resources" => "tài nguyên (/Resources)",
            "MediaBox" or "CropBox" or "Rotate" => $"khổ giấy (/{key})",
            _ => "/" + key,
        };

        private bool IsNew(PdfReference reference) => update.Objects.ContainsKey(reference.Number) && file.Find(reference.Number, _before) is null;

        private bool Same(PdfValue? a, PdfValue? b) =>
            a is null || b is null ? a is null && b is null : PdfSyntax.Canonical(a, file.File) == PdfSyntax.Canonical(b, file.File);
    }
}
