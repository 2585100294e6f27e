using BenchmarkDotNet.Attributes;
using MediationFlow.Core.Documents;
using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Benchmarks.Documents;

/// <summary>
/// A settlement agreement with two parties (one acting through a representative) and five obligations, filled from the
/// shipped template: the model built from the case, the .docx written, and, for the print view, the .docx rendered as
/// HTML. The case is already in memory: reading it is the case page's cost, measured in the other sections.
/// </summary>
[MemoryDiagnoser]
public class DocumentGenerationBenchmarks
{
    private Case _case = null!;
    private CaseDocumentModel.Context _context = null!;
    private DocumentTemplates.Loaded _template = null!;

    [Params("kk", "ru")]
    public string Language { get; set; } = "kk";

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "workflows");
        var workflow = MediationFlow.Core.DependencyInjection.LoadWorkflows(folder).Get("community-mediation", 3);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Council.DefaultTimeZone);
        _context = new CaseDocumentModel.Context("Бурабай ауданының қоғамдық келісім кеңесі", "Айгүл Серікқызы", workflow, new DateOnly(2026, 12, 5), zone);
        _template = new DocumentTemplates(Path.Combine(folder, "templates"), null).Find(DocumentKind.SettlementAgreement, Language, []);
        if (_template.Problems.Count > 0)
        {
            throw new InvalidOperationException("The shipped template has problems: refuse to measure it.");
        }

        _case = Sample();
    }

    /// <summary>
    /// The floor: the same template opened as a package, its document part parsed and written back, and the package
    /// saved, with nothing filled. What the other rows add to it is ours.
    /// </summary>
    [Benchmark(Baseline = true, Description = "template opened and saved, nothing filled")]
    public byte[] TemplateOpenedAndSaved()
    {
        using var stream = new MemoryStream();
        stream.Write(_template.Content);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, isEditable: true))
        {
            document.MainDocumentPart!.Document.Save();
        }

        return stream.ToArray();
    }

    [Benchmark(Description = "settlement agreement, .docx")]
    public byte[] Docx() =>
        TemplateFiller.Fill(_template.Content, CaseDocumentModel.Build(DocumentKind.SettlementAgreement, Language, _case, _context));

    [Benchmark(Description = "settlement agreement, print view")]
    public string PrintView() => MediationFlow.Core.Documents.PrintView.Render(Docx());

    private static Case Sample()
    {
        var c = new Case
        {
            Id = 1,
            Number = "AKM-07-2026-0042",
            Description = "Көршілер арасындағы шекара дауы: қоршау жарты метрге жылжытылған.",
            DefinitionId = "community-mediation",
            DefinitionVersion = 3,
            State = "awaitingSignatures",
            Stage = "agreement",
            RegisteredAt = new DateTimeOffset(2026, 11, 2, 5, 0, 0, TimeSpan.Zero),
        };
        c.Parties.Add(Party.Named(PartyRole.Applicant, "Сәуле Әбдірахманова"));
        c.Parties.Add(Party.Named(PartyRole.Respondent, "«Бурабай Су» ЖШС"));
        (c.Parties[0].Id, c.Parties[0].Iin, c.Parties[0].Address) = (1, "900101400123", "Щучинск, Абылай хан к-сі, 12");
        (c.Parties[1].Id, c.Parties[1].Kind, c.Parties[1].Bin, c.Parties[1].Address) = (2, PartyKind.Organisation, "050140001234", "Бурабай, Кенесары к-сі, 3");
        c.Representatives.Add(new Representative
        {
            Id = 1,
            PartyId = 2,
            FullName = "Ерлан Төлеуов",
            AuthorityKind = AuthorityKind.OrganisationHead,
            AuthorityDocument = "Жарғы",
        });
        c.Rounds.Add(new MediationRound { Number = 1, MediationStartedOn = new DateOnly(2026, 11, 10), TermEndsOn = new DateOnly(2026, 12, 10) });
        c.Settlements.Add(new SettlementAgreement { Round = 1, Terms = "Тараптар 2019 жылғы шекара сызығын қалпына келтіруге келісті.\nЖауапкер қоршауды өз есебінен жылжытады." });
        for (var i = 1; i <= 5; i++)
        {
            c.Obligations.Add(new Obligation
            {
                Id = i,
                PartyId = (i % 2) + 1,
                Round = 1,
                Description = $"{i}-міндеттеме: {InWords.FiguresAndWords(5000L * i, "kk")} теңге төлеу",
                DueOn = new DateOnly(2026, 12, 10).AddDays(7 * i),
            });
        }

        return c;
    }
}
