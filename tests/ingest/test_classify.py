"""Which passages commit someone: the rules, on sentences written for these tests."""

import pytest

from loften.ingest.classify import (
    Section,
    actor_commits,
    commits,
    declined,
    governs_the_promise,
    is_quote,
    judge_item,
    judge_paragraph,
    listed_under_party,
    only_names_party,
    party_does,
    promised_by_intro,
    refusal,
    reports_result,
    section_of,
    sentences,
    starts_with_action,
)


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Det här ska vi göra:", Section.PROMISES),
        ("Polisen och kommunen åtar sig att:", Section.PROMISES),
        ("Kommunen kommer tillsammans med polisen att:", Section.PROMISES),
        ("För åren 2024–2025 lyder löftet:", Section.PROMISES),
        ("Medborgarlöfte 2021–2022", Section.PROMISES),
        ("Aktiviteter", Section.PROMISES),
        ("Syfte", Section.NOT_PROMISES),
        ("Förväntade effekter", Section.NOT_PROMISES),
        ("Gemensam lägesbild", Section.NOT_PROMISES),
        ("De problemområden vi ser i kommunen är:", Section.NOT_PROMISES),
        ("Hur följs medborgarlöftet upp?", Section.NOT_PROMISES),
        ("Hur går det?", Section.NOT_PROMISES),
        ("Utöver löftena", Section.NOT_PROMISES),
        ("Det vi ser:", Section.NOT_PROMISES),
        ("Det vi hörde mest i dialogerna var:", Section.NOT_PROMISES),
        ("Våra mål", Section.NOT_PROMISES),
        ("Viktiga händelser under året", Section.NOT_PROMISES),
        ("Insats | Vem | Klart", Section.PROMISES),
        ("Detta ska genomföras under året:", Section.PROMISES),
        ("Åtgärder", Section.PROMISES),
        ("Detta gör kommunen:", Section.PROMISES),
        ("Mora – medborgarlöfte 2027", Section.PROMISES),
        ("Resultat", Section.RESULTS),
        ("Så har vi uppfyllt vårt löfte", Section.RESULTS),
        ("Trafik i centrum", None),
        ("2. Parter och ansvar", Section.NOT_PROMISES),
        ("3. Informationsutbyte", Section.NOT_PROMISES),
        ("Ekonomi", Section.NOT_PROMISES),
        ("4. Gemensamma insatser 2027", Section.PROMISES),
        ("Planerade åtgärder 2027–2028", Section.PROMISES),
        ("Genomförda insatser 2026", Section.RESULTS),
        ("Hur kan du som förälder hjälpa till?", Section.NOT_PROMISES),
        ("Det här blir av:", Section.PROMISES),
        ("Vårt löfte", Section.PROMISES),
        ("Det här kommer vi inte att göra", Section.NOT_PROMISES),
        ("6. Andra aktörer", Section.NOT_PROMISES),
        ("Andra aktörers insatser", Section.NOT_PROMISES),
        ("Vad händer runt omkring?", Section.NOT_PROMISES),
        ("Det här har hänt sedan förra löftet", Section.RESULTS),
        ("Så här har det gått", Section.RESULTS),
        ("Våra löften för 2027", Section.PROMISES),
        ("Det här satsar vi på tillsammans under 2026:", Section.PROMISES),
        ("Vi höll tre möten. Det här var det som flest tog upp:", Section.NOT_PROMISES),
        ("Om Polisen", Section.NOT_PROMISES),
        ("Om lokalpolisområde Motala", Section.NOT_PROMISES),
        ("Programmets mål", Section.NOT_PROMISES),
        ("Vem gör vad?", Section.NOT_PROMISES),
        ("Så vad innebär löftet konkret?", Section.PROMISES),
        ("Vad innehåller medborgarlöftet?", Section.PROMISES),
        ("Tre saker står i centrum:", Section.PROMISES),
        ("Övriga åtaganden under planperioden", Section.NOT_PROMISES),
        ("Risker", Section.NOT_PROMISES),
        ("Om Köpings kommun", Section.NOT_PROMISES),
        ("Sammanställt av:", Section.NOT_PROMISES),
        ("Upprättad av", Section.NOT_PROMISES),
        ("Ansvar och uppföljning", Section.NOT_PROMISES),
        ("Uppföljning och utvärdering", Section.NOT_PROMISES),
        ("Underskrifter", Section.NOT_PROMISES),
        ("Redovisningen i korthet", Section.RESULTS),
        ("Det här såg vi:", Section.NOT_PROMISES),
        ("Under 2024 gör vi följande", Section.PROMISES),
        ("Löftet innehåller sex punkter:", Section.PROMISES),
        ("MÅLGRUPP A – UNGA 13–17 ÅR", None),  # a target group, not the goals
        ("VÅRA LÖFTEN / OUR PROMISES", Section.PROMISES),  # in two languages, Swedish first
    ],
)
def test_a_heading_says_what_follows_it(heading: str, section: Section | None) -> None:
    assert section_of(heading) is section


@pytest.mark.parametrize(
    "item",
    [
        "genomföra minst fyra hastighetskontroller vid skolorna.",
        "Att kommunen ska byta ut trasig belysning i gångtunnlarna",
        "Kommunen erbjuder föräldrar en kurs om nätmobbning varje termin.",
        "Insatser mot langning av alkohol till unga under skolavslutningen.",
        "synas vid busshållplatserna när skoldagen slutar",
        "i samarbete med föreningarna öppna en mötesplats för unga i Vallsta,",
        "avsätta en kommunpolis med placering i Höör två dagar i veckan,",
        "Polisen ska informera om arbetet mot narkotika i skolorna.",
    ],
)
def test_an_action_in_a_promise_list_is_a_promise(item: str) -> None:
    assert judge_item(item, Section.PROMISES, in_promise_list=True).promise


@pytest.mark.parametrize(
    ("item", "reason"),
    [
        ("Stationsområdet", "punkt utan åtagande"),
        ("Syftet med löftet är att fler ska känna sig trygga.", "anger syftet"),
        ("Löftet följs upp två gånger per år i brottsförebyggande rådet.", "följs upp"),
        ("Polisen har genomfört tolv trafikkontroller vid skolorna.", "har gjorts"),
        ("– Vi ska göra allt vi kan, säger Eva Holm.", "citat"),
        ("Bussarna är viktiga och det kommer att märkas, säger kommunpolis Eva Holm.", "citat"),
        ("Polisen samarbetar också med Nacka, som har ett eget medborgarlöfte.", "annan kommuns"),
        ("Kommunerna i länet tar fram egna medborgarlöften.", "annan kommuns"),
        ("Parterna skall varje år teckna ett medborgarlöfte med konkreta åtaganden.", "självt"),
        ("Polisen lovar att under 2027 genomföra de aktiviteter som beskrivs nedan.", "inleder"),
        ("Polisen kommer precis som tidigare att finnas på plats vid stora evenemang.", "redan"),
        ("Åtagandena följs upp av brottsförebyggande rådet två gånger per år.", "självt"),
        ("Löftet och uppföljningen publiceras på kommunens webbplats.", "självt"),
        ("Parterna kommer varje år att pröva om ett medborgarlöfte ska tecknas.", "självt"),
        ("Att löftet skickas till kommunstyrelsen för undertecknande i mars.", "självt"),
        ("Kommunen och polisen bjuder in till dialog om ett medborgarlöfte i höst.", "självt"),
        ("En styrgrupp med kommunchefen ansvarar för överenskommelsen.", "självt"),
        ("Varje år tar kommunen och polisen i Höör fram en gemensam handlingsplan.", "självt"),
        ("Det är där polisen och kommunen nu lovar att göra något.", "göra mer"),
        ("Rapportera hur löftet går till brottsförebyggande rådet varje kvartal.", "självt"),
        ("Kalla till styrgruppens möten och föra anteckningar.", "självt"),
        ("Kameror finns inte med i löftet.", "ingår"),
        ("Vi lovade också att berätta öppet om hur arbetet gick.", "självt"),
        ("Enligt Eva Lund väntar kommunen på att Länsstyrelsen ska pröva ansökan.", "väntar"),
        ("Läs mer om hur polisen arbetar med trafiken i Hallsberg.", "mer att läsa"),
        ("Här nedan kan du läsa hur kommunen byter belysningen i parken.", "handlar om"),
        ("På den här sidan skiljer vi på två sorters arbete.", "handlar om"),
        ("Polisen och kommunen har enats om vilka frågor vi ska arbeta med.", "bestämt"),
        ("Vi har valt att koncentrera oss på trafiken och belysningen.", "bestämt"),
        ('Under "Vi lovar" står det som polisen ska göra i år.', "rubriker"),
        ("Sammankalla det brottsförebyggande rådet två gånger per år.", "självt"),
        ("Sammankalla den lokala styrgruppen för Ryd fyra gånger per år.", "självt"),
        ("Vi har delat upp löftet i det vi gör direkt och det som tar längre tid.", "självt"),
        ("På lång sikt vill vi att torget ska vara en plats där alla trivs.", "syftet"),
        (
            "Vi lovar att arbeta för ett tryggare Ryd genom aktiviteterna i tabellen nedan.",
            "inleder",
        ),
        ("Ta fram en gemensam lägesbild varje höst tillsammans med polisen.", "självt"),
        ("Rapportera läget för löftet till trygghetsrådet varje kvartal.", "självt"),
        ("Bidra med underlag till den årliga gemensamma lägesbilden.", "självt"),
        ("Kommunen ansvarar för sina löften och redovisar dem på webbplatsen.", "självt"),
        ("Dela på Facebook | Dela på X | Kopiera länk", "sociala medier"),
        ("Polisen borde synas mer i tunneln, sa en av deltagarna.", "citat"),
        ("Sedan omorganisationen ska varje kommun få en kommunpolis.", "ordinarie"),
        (
            "Sedan polisen omorganiserades har alla lokalpolisområden fått i uppdrag att ge "
            "sådana löften.",
            "ordinarie",
        ),
        (
            "Den nya polisorganisationen innebär att varje lokalpolisområde får en kommunpolis.",
            "ordinarie",
        ),
        ("Polisen och kommunen har kommit överens om fem saker som vi gör i år.", "bestämt"),
        ("Det här är ett löfte som vi ska kunna följa upp.", "självt"),
        ("Lägesrapport till brottsförebyggande rådet i juni och december.", "självt"),
        ("Återrapport av handlingsplanen till kommunens trygghetsråd i december.", "självt"),
        ("Peter Ek betonar att det inte handlar om några nya resurser.", "säger"),
        ("Polisen har under 2025 haft ett liknande löfte för Österängen.", "annan kommuns"),
        (
            "Varje år ger polisen i lokalpolisområde Eslöv och Höörs kommun ett medborgarlöfte "
            "till dig.",
            "självt",
        ),
        ("Varje år lovar polisen och kommunen att göra några konkreta saker.", "självt"),
        # an agreement's governance: its steering council, its yearly promise, what it
        # ranks first
        ("Parterna ska ha ett gemensamt trygghetsråd som styrgrupp.", "självt"),
        ("Parterna ska varje år besluta om ett medborgarlöfte utifrån lägesbilden.", "självt"),
        ("Parterna ska under perioden prioritera", "inleder"),
        ("Kommunen ska, när resurserna tillåter, också ordna en extra träff.", "resurserna"),
        ("Kommunen stödjer polisens löfte och följer arbetet i rådet.", "självt"),
        ("Det nya löftet skrivs under i februari och gäller hela året.", "självt"),
        ("Belysningen längs ån blir klar i vår och redovisas i nästa uppföljning.", "självt"),
        ("Samordna det lokala brottsförebyggande rådet och kalla till möten.", "självt"),
        ("Vi kommer i så fall att berätta om det här på sidan.", "självt"),
        ("Polisen i region Syd arbetar tillsammans med kommunerna i Skåne.", "område"),
        ("Lokalpolisområde Mora ansvarar för både Mora och Orsa.", "område"),
        (
            "Sedan den 1 januari i år är polisen en myndighet, och lokalpolisområdena ska "
            "arbeta närmare kommunerna.",
            "ordinarie",
        ),
        ("Det vill vi göra något åt, säger kommunpolis Eva Holm i lokalpolisområde Mora.", "citat"),
        ("Jag hoppas att det blir mer än en polisbil som åker förbi.", "tror"),
        ("Vi delar Hellgrens uppfattning att trygghet inte skapas med papper.", "tycker"),
        ("Men vi håller med om att redovisningen kan bli tydligare.", "tycker"),
        ("Vi vet inte när det beviljas, och därför lovar vi inget om kamerorna.", "inte gör"),
        ("Under 2027 och 2028 lovar vi att arbeta med tre fokusområden.", "bestämt"),
        ("Vid pågående brott: ring 112", "kontaktuppgifter"),
        ("Antalet anmälda bostadsinbrott ökade från 38 år 2016 till 51 år 2017.", "läget"),
        ("Vid busstationen har det under 2017 varit flera bråk och skadegörelse.", "läget"),
        (
            "Vi har lärt oss mycket, säger kommunpolis Eva Holm i lokalpolisområde Luleå/Boden.",
            "citat",
        ),
        ("Återrapport om löftet till det brottsförebyggande rådet i december.", "självt"),
        ("Trygghetssamordnaren och kommunpolisen ansvarar för det löpande arbetet.", "självt"),
        ("informera om hur löftet går på kommunens webbplats", "självt"),
        ("bidra med statistik och analys till kommunens årliga lägesbild", "självt"),
        ("Varje sommar ökar antalet besökare i Mellbystrand kraftigt.", "läget"),
        ("Vi lovar gemensamt att:", "inleder"),
        (
            "Resecentrum är en knutpunkt för hela regionen. Där ska man kunna känna sig trygg, "
            "säger kommunpolis Sara Öhrn.",
            "citat",
        ),
        ("[Bild] Kommunpolisen på torget, där polisen ska patrullera på kvällarna.", "bildtext"),
        (
            "Kommunen arbetar vidare med narkotikan, men den ingår därför inte i årets löfte.",
            "ingår",
        ),
        ("Polisen, Mora kommun och AB Bostäder lovar saker till dig som bor i Noret.", "inte vad"),
        ("Polisen: 114 14, vid brott som pågår 112", "kontaktuppgifter"),
        ("Vi förklarar dem i ordlistan längst ner på sidan.", "mer att läsa"),
        ("Vi anpassar arbetet efter de restriktioner som gäller.", "hur arbetet"),
        ("Polisen och kommunen följer tillsammans upp löftet i rådet varje kvartal.", "självt"),
        ("Polisen och Mora kommun tecknar varje år ett medborgarlöfte.", "självt"),
        ("Polisen lovade även att berätta om arbetet på sina webbplatser.", "självt"),
        ("Redovisning till det brottsförebyggande rådet", "självt"),
        ("Ta fram en gemensam lägesbild inför 2028.", "självt"),
        (
            "Bedragarna ringer ofta. Vi vill att alla ska veta att banken aldrig ber om koder, "
            "säger trygghetssamordnare Emelie Rud.",
            "citat",
        ),
        ("Lokalpolisområde Mora ansvarar för polisverksamheten i Mora kommun.", "område"),
        ("rapportera löftenas utfall till det brottsförebyggande rådet i maj", "självt"),
        (
            "Varje lokalpolisområde ska tillsammans med sina kommuner lova invånarna något "
            "som går att följa upp.",
            "ordinarie",
        ),
        ("Där ska vi finnas på helgkvällarna, säger kommunpolis Eva Holm.", "pekar tillbaka"),
        ("Arbetet skulle följas upp och redovisas för trygghetsrådet.", "självt"),
        ("Polisen och kommunen kommer att redovisa hela uppföljningen för rådet i mars.", "självt"),
        ("Hur arbetet går ska redovisas för trygghetsrådet varje kvartal.", "självt"),
        ("Hur sommaren gick ska redovisas för kommunstyrelsen i oktober.", "självt"),
        ("Under julhelgerna anmäls många inbrott i fritidshus vid kusten.", "läget"),
        (
            "Det är långt till stationen. Därför är det viktigt att vi kommer dit ofta, säger "
            "kommunpolis Eva Holm.",
            "citat",
        ),
        ("Därför är det viktigt att vi lovar sådant vi faktiskt hinner med.", "inte vad"),
        ("Det lovar polisen och kommunen i Hofors nya medborgarlöfte.", "pekar tillbaka"),
        ("Uppföljning i folkhälsorådet två gånger per år", "självt"),
        ("Avstämning av löftet i brottsförebyggande rådet | Polisen | juni", "självt"),
        ("träffas varje kvartal i trygghetsrådet och går igenom hur löftet följs", "självt"),
        ("Även Hova byalag står bakom löftet.", "står bakom"),
        ("Kommunen och polisen i Mälardalen står tillsammans bakom löftet.", "står bakom"),
        ("Kommunen vill att fler föräldrar nattvandrar på helgerna.", "syftet"),
        ("Vi strävar efter att färre ska utsättas för inbrott i år.", "syftet"),
        ("Alla ska kunna vistas tryggt i parken även sent på kvällen.", "syftet"),
        ("I mån av resurser gör polisen även kontroller vid campingen.", "resurserna"),
        ("Om budgeten tillåter byter kommunen också ut lamporna i tunneln.", "resurserna"),
        ("Om resurserna medger det gör polisen även kontroller längs ån.", "resurserna"),
        ("Källa: Kommunstyrelsens kontor och lokalpolisområde Norrköping.", "varifrån"),
        ("Vi undersöker också möjligheten att ha nattvandrare i Alsike.", "resurserna"),
        ("Parterna ska sträva efter att buskörningen minskar i Svanskog.", "syftet"),
        ("Lägesbilden togs fram av staden och polisen utifrån statistiken.", "har gjorts"),
        ("Tre problem valdes ut: narkotika, tunnlarna och förskolorna.", "har gjorts"),
        ("44 procent av de boende undviker gångtunnlarna när det är mörkt.", "lägesbilden"),
        ("Vi går igenom statistik och det som kom fram på vandringarna.", "självt"),
        ("Stadens trygghetsundersökning görs igen hösten 2026.", "självt"),
        ("Nya problem som kommer fram tas med i nästa lägesbild.", "självt"),
        ("Ingår inte i löftet: polisens vanliga trafikövervakning i sommar.", "inte ingår"),
        ("Här har vi samlat det vi hoppas på och det vi lovar.", "handlar om"),
        ("utse en områdespolis som kontaktperson för kommunen,", "självt"),
        ("Vi går igenom hur det går i trygghetsrådet i maj och i november.", "självt"),
        ("ha en gemensam styrgrupp som möts varannan månad,", "självt"),
        ("dela statistik och lägesbilder med varandra varje kvartal.", "självt"),
        ("Halvårsavstämning i styrgruppen | Styrgruppen | september", "självt"),
        ("Uppföljning av tidplanen i trygghetsrådet i december.", "självt"),
        ("Kommunen tar fram en ny lägesbild inför nästa år.", "självt"),
        ("Styrgruppen stämmer av att alla aktiviteter har folk.", "självt"),
        ("Trygghetsrådet går igenom lägesbilden i februari.", "självt"),
        ("avsätta en kommunpolis med särskilt ansvar för samverkan med kommunen,", "självt"),
        ("Kontrollerna kostar inget extra för kommunen.", "finansiering"),
        ("Lamporna betalas ur kommunens investeringsbudget.", "finansiering"),
        ("Tidslinjen visar när varje insats görs.", "syftet"),
        ("genomföra polisens insatser enligt bilaga 2.", "pekar tillbaka"),
        ("Vi ska berätta på tierp.se hur arbetet går, två gånger per år.", "självt"),
        ("Kommunen ska bjuda in bostadsbolagen till arbetet med löftet.", "självt"),
        ("Varje år sätter kommunen och polisen betyg på hur löftet har hållits.", "självt"),
        ("berätta om arbetet i det lokala brottsförebyggande rådet varje kvartal", "självt"),
        ("Polisen arbetar också med narkotikabrott i hela lokalpolisområdet.", "ordinarie"),
        # "planerar" commits a party, but what a speaker plans is no promise
        (
            "Vi planerar också att starta en ungdomsgrupp i höst, säger kommunpolis Eva Holm.",
            "citat",
        ),
    ],
)
def test_what_only_looks_like_an_action_is_refused_with_its_reason(item: str, reason: str) -> None:
    judgement = judge_item(item, Section.PROMISES, in_promise_list=True)

    assert not judgement.promise
    assert reason in judgement.reason


def test_nothing_under_a_purpose_or_results_heading_is_a_promise() -> None:
    item = "Polisen ska genomföra fler kontroller av mopeder i centrum."

    assert judge_item(item, Section.PROMISES, in_promise_list=True).promise
    assert not judge_item(item, Section.NOT_PROMISES, in_promise_list=True).promise
    assert not judge_item(item, Section.RESULTS, in_promise_list=True).promise


def test_a_committing_verb_needs_a_party_before_it() -> None:
    assert actor_commits("Polisen och kommunen kommer under 2025–2026 att ordna föräldramöten")
    assert actor_commits("Under hösten kommer polisen att besöka skolorna")
    assert not actor_commits("Invånarna ska kunna lämna synpunkter till kommunen")
    assert actor_commits("Gångbron vid ån ska målas om av kommunen under sommaren")
    assert not actor_commits("Gångbron vid ån ska målas om under sommaren")
    assert actor_commits("Kommunen har för avsikt att anställa två fältassistenter")
    assert actor_commits("Räddningstjänsten genomför brandskyddsinformation i skolorna")
    # what the parties will do, asked indirectly, is what the promise is about
    assert not actor_commits("Med löftet vill vi visa vad polisen och kommunen ska göra här")
    # whom the text cites is no party that commits
    assert not actor_commits("Ett nytt löfte för 2027 ska enligt kommunen vara klart i mars")
    # a relative clause's verb, with an adverb between, commits its own subject
    assert not actor_commits(
        "Polisen i Mora, som också ansvarar för Orsa, har sett att inbrotten ökade under 2027"
    )


def test_a_paragraph_in_which_a_party_commits_is_a_promise_outside_a_list() -> None:
    text = "Vi vill ha en tryggare hamn. Kommunen ska sätta upp belysning längs kajen."

    judgement = judge_paragraph(text, Section.NEUTRAL, leads_a_list=False)

    assert judgement.promise
    assert (
        judgement.confidence
        < judge_paragraph(text, Section.PROMISES, leads_a_list=False).confidence
    )


def test_a_general_aim_that_leads_into_activities_is_not_itself_a_promise() -> None:
    lead = "Polisen och kommunen lovar att arbeta för att minska skadegörelsen i Ljusdal."

    assert not judge_paragraph(lead, Section.NEUTRAL, leads_a_list=True).promise
    assert judge_paragraph(lead, Section.NEUTRAL, leads_a_list=False).promise
    assert not judge_paragraph(
        "Kommunen ska arbeta för att tryggheten ska öka.", Section.NEUTRAL, leads_a_list=False
    ).promise


def test_every_promise_says_why_it_was_taken_and_near_misses_are_offered() -> None:
    from loften.ingest.extract import Reference, extract

    text = (
        "Malå – medborgarlöften\n\n"
        "Syftet med löftet är att polisen ska synas mer i byarna.\n\n"
        "Det här ska vi göra:\n\n"
        "• Polisen ska hålla öppet hus i Adak två gånger per år.\n"
        "• Kommunen ska laga gatubelysningen längs Storgatan.\n"
    )

    found = extract(text, Reference.from_shipped_files())

    assert [(p["confidence"], p["reason"]) for p in found["promises"]] == [
        (0.85, "punkt i listan efter 'Det här ska vi göra:'")
    ] * 2
    [candidate] = found["candidates"]
    assert candidate["text"].startswith("Syftet med löftet")
    assert candidate["reason"] == "anger syftet eller den förväntade effekten"
    assert text[candidate["source"]["start"] : candidate["source"]["end"]] == candidate["text"]


def test_under_a_promise_heading_a_party_doing_something_now_is_a_promise() -> None:
    does = "Kommunen klipper häckarna vid gångvägen till skolan varje vår."
    is_there = "Polisen finns vid idrottshallen när träningarna slutar."
    has = "Polisen och Mora kommun har under våren frågat boende om tryggheten."

    judgement = judge_paragraph(does, Section.PROMISES, leads_a_list=False)

    assert judgement.promise
    assert "säger vad den gör" in judgement.reason
    assert judge_paragraph(is_there, Section.PROMISES, leads_a_list=False).promise
    assert not judge_paragraph(does, Section.NEUTRAL, leads_a_list=False).promise
    assert not judge_paragraph(has, Section.PROMISES, leads_a_list=False).promise
    assert not judge_paragraph(
        "Kommunen redovisar resultatet för nämnden i december.",
        Section.PROMISES,
        leads_a_list=False,
    ).promise


def test_a_sentence_about_the_promise_that_says_what_a_party_will_do_is_a_promise() -> None:
    states = "Löftet innebär att kommunen ska ordna läxhjälp på biblioteket två kvällar i veckan."
    describes = "Löftet innebär att vi samarbetar kring det som oroar de boende mest."

    assert judge_paragraph(states, Section.NEUTRAL, leads_a_list=False).promise
    assert not judge_paragraph(describes, Section.NEUTRAL, leads_a_list=False).promise


def test_after_an_introduction_that_promises_a_noun_phrase_is_a_promise() -> None:
    item = "Tätare tömning av papperskorgarna i hamnen"

    assert judge_item(item, Section.PROMISES, in_promise_list=True, intro="Vi lovar:").promise
    assert judge_item(item, Section.PROMISES, in_promise_list=True, intro="Åtgärder").promise
    assert not judge_item(
        item, Section.PROMISES, in_promise_list=True, intro="Det här har vi sett:"
    ).promise


def test_raising_an_outcome_is_an_aim_but_raising_ones_own_presence_is_an_activity() -> None:
    aim = "Kommunen ska öka tryggheten i centrum."
    activity = "Kommunen ska öka sin närvaro i centrum på lördagar."

    assert not judge_paragraph(aim, Section.NEUTRAL, leads_a_list=False).promise
    assert judge_paragraph(activity, Section.NEUTRAL, leads_a_list=False).promise


def test_a_line_that_says_who_we_are_is_not_what_we_do() -> None:
    text = "Med vi menas kommunen och polisen."

    assert not judge_paragraph(text, Section.PROMISES, leads_a_list=False).promise


def test_under_an_introduction_naming_the_party_a_line_may_start_with_its_verb() -> None:
    line = "Tömmer papperskorgarna vid badplatsen varje morgon."

    assert judge_paragraph(
        line, Section.PROMISES, leads_a_list=False, intro="Detta gör kommunen:"
    ).promise
    assert not judge_paragraph(line, Section.PROMISES, leads_a_list=False).promise
    assert not judge_paragraph(
        "Under sommaren brukar det vara lugnt.",
        Section.PROMISES,
        leads_a_list=False,
        intro="Detta gör kommunen:",
    ).promise


@pytest.mark.parametrize(
    "sentence",
    [
        "Tillsammans startar vi en nattvandring i Brösarp.",
        "Kommunens tillståndshandläggare gör kontrollköp av folköl.",
        "Kommunens trygghetssamordnare bjuder in till möte i maj.",
        "Kommunens fältare besöker Svanskog varje vecka.",
        "Kommunen ser över belysningen vid skolan.",
        "Kommunen har fritidsgården i Kvarnsveden öppen på helgerna.",
        "Fältassistenterna är ute i Brandbergen varje fredag.",
        "Fältarbetarna är ute varje fredag kväll från maj till september.",
        "Kommunen har fältare ute i Arlöv på helger.",
        "Hemtjänsten delar ut broschyrer om bedrägerier till alla som har hemtjänst.",
        "[P/K] Polisen och kommunen håller informationsträffar om bedrägerier.",
        "Polisen och socialtjänstens fältare tillsammans besöker Stadsparken.",
        "Polisen har extra nattpass vid Stortorget under sommarhelgerna.",
        "I april har polisen fotpatrull i centrum varje lördag.",
        "På sommarlovet är kommunens fältassistenter ute på kvällarna i Kyrkhult.",
    ],
)
def test_together_first_or_a_party_s_official_still_names_who_does_it(sentence: str) -> None:
    assert party_does(sentence)


def test_a_topic_label_before_the_party_does_not_hide_what_it_does() -> None:
    line = "Hamnen: Polisen kontrollerar båtarna varje lördag."

    assert judge_paragraph(line, Section.PROMISES, leads_a_list=False).promise


def test_the_parties_commit_but_a_plan_to_make_a_plan_is_no_promise() -> None:
    assert actor_commits("Båda parter ansvarar för att träffa eleverna varje termin")
    assert judge_paragraph(
        "Parterna åtar sig att genomföra gemensamma trafikkontroller fyra gånger per år.",
        Section.NEUTRAL,
        leads_a_list=False,
    ).promise
    for text in (
        "Parterna ska ta fram en handlingsplan för varje område under våren.",
        "Parterna ska varje år gemensamt ta fram ett medborgarlöfte.",
        "För varje fokusområde tas en handlingsplan fram.",
    ):
        assert not judge_paragraph(text, Section.PROMISES, leads_a_list=False).promise, text


@pytest.mark.parametrize(
    "text",
    [
        "Kommunstyrelsen godkänner medborgarlöftet för 2026 och uppdrar åt ordföranden "
        "att underteckna det tillsammans med polisen.",
        "Trygghetssamordnaren föreslår att kommunstyrelsen godkänner förslaget till medborgarlöfte "
        "för 2026.",
    ],
)
def test_a_boards_decision_about_the_promise_or_its_proposal_is_no_promise(text: str) -> None:
    judgement = judge_paragraph(text, Section.PROMISES, leads_a_list=False)
    assert not judgement.promise
    assert judgement.reason == "ett beslut om löftet, inte ett åtagande"


def test_a_sentence_that_says_what_the_agreement_describes_is_no_promise() -> None:
    assert not judge_paragraph(
        "Den beskriver hur parterna ska samarbeta i det brottsförebyggande arbetet.",
        Section.NEUTRAL,
        leads_a_list=False,
    ).promise


def test_what_cannot_be_promised_opens_a_part_without_promises() -> None:
    assert section_of("Det här kan vi inte lova") is Section.NOT_PROMISES
    assert section_of("Våra löften 2026") is Section.PROMISES


def test_a_question_to_the_reader_is_not_what_a_party_does() -> None:
    assert not judge_paragraph(
        "Har du synpunkter på löftet? Hör av dig till kommunens trygghetssamordnare.",
        Section.PROMISES,
        leads_a_list=False,
        intro="Leksands kommun lovar att",
    ).promise


def test_a_party_doing_something_in_a_list_after_a_promise_is_one() -> None:
    intro = "Tillsammans med kommunen lovar vi det här under nästa år:"
    for item in (
        "Vi bjuder på fika och snack på torget första lördagen varje månad",
        "Kommunen lyser upp gångvägen mellan stranden och skogen",
    ):
        assert judge_item(item, Section.PROMISES, in_promise_list=True, intro=intro).promise


def test_paragraphs_among_paragraphs_of_what_parties_do_are_promises() -> None:
    line = "Kommunen ordnar sommarvärdar vid slussarna i centrum."

    alone = judge_paragraph(line, Section.NEUTRAL, leads_a_list=False)
    among = judge_paragraph(line, Section.NEUTRAL, leads_a_list=False, among_parties=True)
    assert not alone.promise
    assert among.promise
    assert not judge_paragraph(
        "Kommunen har många besökare under sommaren.",
        Section.NEUTRAL,
        leads_a_list=False,
        among_parties=True,
    ).promise


def test_after_a_party_promises_a_line_may_start_with_att() -> None:
    line = "Att öppna fritidsgården även på söndagar."

    assert judge_paragraph(
        line, Section.PROMISES, leads_a_list=False, intro="Kommunen lovar:"
    ).promise
    assert not judge_paragraph(line, Section.PROMISES, leads_a_list=False).promise


def test_a_general_aim_is_not_a_promise_even_under_the_promises() -> None:
    aim = "Polisen och kommunen kommer under året att satsa på tryggheten i hamnen."

    assert not judge_paragraph(aim, Section.PROMISES, leads_a_list=False).promise


def test_information_that_has_gone_out_is_a_result() -> None:
    assert reports_result("Information om löftet har lagts ut på kommunens webbplats.")
    assert not reports_result("Kommunen ska lägga ut information på webbplatsen.")


def test_what_a_party_must_do_by_law_is_not_a_promise() -> None:
    judgement = judge_paragraph(
        "Polisen ska enligt polislagen förebygga, förhindra och upptäcka brott.",
        Section.NEUTRAL,
        leads_a_list=False,
    )

    assert (judgement.promise, judgement.reason) == (
        False,
        "beskriver ett uppdrag enligt lag, inte ett löfte",
    )


def test_a_time_first_then_the_verb_before_its_party_says_what_it_does() -> None:
    for line in (
        "Under våren kontrollerar polisen mopederna vid torget varje fredag.",
        "I sommar gör polisen extra kvällspatruller runt sjön.",
    ):
        assert judge_paragraph(line, Section.PROMISES, leads_a_list=False).promise, line
    assert not judge_paragraph(
        "Under måndagen träffades kommunstyrelsens ordförande och kommunpolisen.",
        Section.PROMISES,
        leads_a_list=False,
    ).promise


def test_news_that_the_parties_agreed_what_to_do_is_not_what_they_do() -> None:
    assert not judge_paragraph(
        "Polisen och kommunen har kommit överens om vad de ska göra för tryggheten.",
        Section.NEUTRAL,
        leads_a_list=False,
    ).promise


def test_a_translation_into_english_is_not_a_second_promise() -> None:
    intro = "The police promise to"
    assert not judge_item(
        "mark bicycles free of charge at the start of each term.",
        Section.PROMISES,
        in_promise_list=True,
        intro=intro,
    ).promise
    assert not judge_paragraph(
        "The police will be present at the square on Friday nights.",
        Section.PROMISES,
        leads_a_list=False,
    ).promise
    assert judge_paragraph(
        "Polisen ska vara på plats vid torget på fredagsnätterna.",
        Section.PROMISES,
        leads_a_list=False,
    ).promise


def test_a_quoted_item_counts_only_when_the_quote_commits() -> None:
    intro = "Löftet i korthet:"
    said = "Vi vet att många unga vill meka med sina fordon, säger kommunpolis Sofia Lindh."
    promised = "Vi kommer att patrullera i centrum varje helg, säger kommunpolis Sofia Lindh."
    assert not judge_item(said, Section.PROMISES, in_promise_list=True, intro=intro).promise
    assert judge_item(promised, Section.PROMISES, in_promise_list=True, intro=intro).promise


def test_inviting_residents_to_hear_how_it_went_and_how_it_is_followed_up_are_no_promises() -> None:
    assert not judge_paragraph(
        "Till hösten bjuder vi in er till ett möte för att berätta hur det har gått.",
        Section.PROMISES,
        leads_a_list=False,
    ).promise
    assert section_of("Så följer vi upp") is Section.NOT_PROMISES
    assert section_of("Så här följer vi upp:") is Section.NOT_PROMISES
    assert section_of("Så här följs löftet upp") is Section.NOT_PROMISES


def test_someone_who_comes_somewhere_to_do_something_commits_to_nothing() -> None:
    said = (
        "Om kvällarna kommer en del äldre dit för att langa öl till de yngre, "
        "säger kommunpolis Vera Lind."
    )
    assert not judge_item(said, Section.PROMISES, in_promise_list=True).promise
    assert not actor_commits("Vi ser att många kommer dit för att träffas.")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Varje vår kommer kommunen och polisen överens om några saker som vi ska göra.",
        "Kommunen och polisen har enats om vad vi gemensamt ska göra under året.",
        "Skadegörelsen arbetar vi med i andra forum, men den ingår inte i årets löfte.",
        "Nu lovar polisen och kommunen att göra mer för tryggheten vid stranden.",
        "Detta ska leda till att fler vågar gå ut på kvällarna.",
        "Parterna åtar sig att utse var sin kontaktperson för överenskommelsen.",
        "Kommunstyrelsen föreslår att löftet i stället ska gälla i fyra år.",
        "Anna Berg (C) yrkar bifall till förslaget med tillägget att löftet ska följas upp.",
        "Vi berättar om resultatet här på sidan nästa vår.",
        "Läget stäms av i rådet varje månad.",
        "Aktiviteterna kommer att beskrivas i en handlingsplan.",
        "I Tidaholm tar polisen och kommunen fram medborgarlöften för varje stadsdel.",
        "Kommunen och polisen ger varje år ett gemensamt löfte till invånarna.",
        "Genom sina underskrifter bekräftar parterna att de står bakom löftet.",
        "Vad kommer polisen och kommunen att göra?",
        # what a medborgarlöfte is, after a first sentence that says nothing of it
        "Sedan 2015 är polisen en myndighet. En del av arbetssättet är medborgarlöften: "
        "polisen och kommunen lovar invånarna att göra något konkret där de bor.",
        # how many areas, not what is done in them (the lists below say it)
        "Polisen och Ale kommun lovar att under 2026 arbeta med tre områden som de boende "
        "har pekat ut: trafiken, inbrotten och centrum.",
        "Polisen ska bidra med underlag till kommunens årliga lägesbild.",
        # the way of working, and the work besides the promise
        "Polisregion Mitt arbetar med medborgarlöften i alla kommuner i regionen.",
        "Polisen arbetar förstås också med andra uppgifter i Ale. Vi utreder brott som vanligt.",
        "Parterna ska informera invånarna om arbetet via kommunens webbplats och polisen.se.",
        "Just nu arbetar staden och polisen med nästa års löfte.",
        "Nu skriver vi ett nytt löfte för 2028. Trafiken kommer att vara med igen.",
        "Ett nytt medborgarlöfte har tagits fram för 2028. Kommunen kommer under året att ta "
        "fram en ny lägesbild tillsammans med polisen.",
        # that they will act, not how
        "Nu lovar polisen och kommunen att göra något åt det under året.",
        "Medborgarlöften är ett arbetssätt. Polisen och kommunen ska tillsammans komma "
        "överens om några konkreta saker att göra.",
    ],
)
def test_passages_about_the_promise_rather_than_undertakings(paragraph: str) -> None:
    assert not judge_paragraph(paragraph, Section.PROMISES, leads_a_list=False).promise


@pytest.mark.parametrize(
    "heading",
    [
        "Varför just de här frågorna?",
        "Hur får jag veta hur det har gått?",
        "6. Samverkansformer",
        "Roller och ansvar",
        "Tas bort:",
    ],
)
def test_headings_over_explanations_and_the_way_of_working(heading: str) -> None:
    assert section_of(heading) is Section.NOT_PROMISES


def test_all_three_parties_and_a_housing_company_are_parties() -> None:
    assert actor_commits("Alla tre parter bjuder in till ett möte i Folkets hus.")
    assert actor_commits("Bostadsbolaget åtar sig att byta lås i källarna.")
    assert section_of("Tillsammans åtar vi oss att") is Section.PROMISES


def test_english_without_the_word_the_is_still_english() -> None:
    assert not judge_item(
        "All three will hold an open meeting every autumn.",
        Section.PROMISES,
        in_promise_list=True,
    ).promise


def test_a_verb_in_a_relative_clause_commits_its_own_subject() -> None:
    assert not actor_commits(
        "När vi frågade svarade de att äldre som erbjuder snus är ett problem."
    )
    assert actor_commits("Polisen, som har flest larm därifrån, ska patrullera vid stranden.")


def test_what_is_to_be_done_without_a_party_under_the_promises() -> None:
    assert judge_paragraph(
        "Kameror ska sättas upp vid stationen under våren.", Section.PROMISES, leads_a_list=False
    ).promise
    assert not judge_paragraph(
        "Löftet ska skrivas under i kommunhuset i januari.", Section.PROMISES, leads_a_list=False
    ).promise
    assert not judge_paragraph(
        "Kameror ska sättas upp vid stationen under våren.", Section.NEUTRAL, leads_a_list=False
    ).promise
    assert judge_paragraph(
        "Ja. Biblioteket får längre öppettider på lördagar under vintern.",
        Section.PROMISES,
        leads_a_list=False,
    ).promise
    assert not judge_paragraph(
        "Biblioteket får ofta frågor om löftet.", Section.PROMISES, leads_a_list=False
    ).promise


def test_an_answer_on_a_question_page_and_who_answers_questions() -> None:
    assert judge_paragraph(
        "Ja. Polisen och kommunen besöker skolorna och pratar om vad som gäller enligt lag.",
        Section.PROMISES,
        leads_a_list=False,
    ).promise
    assert not judge_paragraph(
        "Frågor om löftet besvaras av kommunens samordnare Eva Ek, 0502-60 60 00.",
        Section.PROMISES,
        leads_a_list=False,
    ).promise


def test_an_invitation_with_its_party_inside_and_a_city_district_as_party() -> None:
    assert actor_commits("Tillsammans med båtlagen bjuder polisen in till träffar på Styrsö.")
    assert actor_commits("Stadsområde Hisingen lovar att laga trasig belysning i garagen.")


def test_ways_of_saying_what_a_party_undertakes() -> None:
    assert actor_commits("Vårt löfte är att fler vuxna ska finnas ute på kvällarna.")
    assert actor_commits("Vi ser till att gångtunneln under E4 får bättre ljus.")
    assert actor_commits("Kommunen tar ansvar för att skadegörelse lagas inom en vecka.")
    assert judge_paragraph(
        "Vårt löfte är att patrullera vid badplatsen varje helg i juli.",
        Section.NEUTRAL,
        leads_a_list=False,
    ).promise
    assert promised_by_intro("Kommunen och polisen lovar under 2027:")
    assert promised_by_intro("Därför lovar vi under 2027 att:")
    assert not promised_by_intro("Kommunen och polisen lovar mycket i år")


def test_what_a_document_does_is_not_what_a_party_does() -> None:
    assert not party_does("Överenskommelsen mellan parterna gäller även nästa år")
    assert not party_does("Parterna beskriver sitt arbete i en handlingsplan")
    assert party_does("Parterna ordnar en gemensam trafikdag varje vår")
    # what a party has had is what it did, not what it keeps doing
    assert not party_does("Kommunen har haft fältare ute i Arlöv i år")


def test_a_sentence_that_goes_on_about_the_promise_above_is_no_new_one() -> None:
    assert not judge_paragraph(
        "Kommunen gör det varje vardag under sommarlovet.", Section.PROMISES, leads_a_list=False
    ).promise
    assert judge_paragraph(
        "Kommunen gör det tryggare i parken med ny belysning.", Section.PROMISES, leads_a_list=False
    ).promise


@pytest.mark.parametrize(
    ("line", "does"),
    [
        ("Polisen har synlig närvaro på torget varje fredag", True),
        ("Kommunpolisen har öppen mottagning i biblioteket", True),
        ("Kommunens fastighetsavdelning installerar larm vid skolan", True),
        ("Brandförsvaret informerar om eldningsförbud via sms", True),
        ("Polisen och sjöpolisen kontrollerar båtförarna", True),
        ("Polisens statistik visar en ökning av brotten", False),
        ("Kommunen har en viktig roll i det förebyggande arbetet", False),
        ("Polisen har genomfört tolv kontroller", False),
        ("Polisen har en mobil polisstation i gästhamnen under juli", True),
        ("Klubben har vuxna värdar på plats vid hemmamatcherna", True),
        ("Kommunen har sommarvärdar i gästhamnen varje kväll från midsommar", True),
        ("Kommunen har fältassistenter i tjänst sedan 2019", False),
        # what someone says is no deed, told in either order
        ("Samtidigt säger skolan att fler elever har blivit hotade", False),
        ("IK Sävsjö ger alla ungdomstränare en utbildning om droger", True),
        ("Idrottsalliansen i Mark ställer upp med nattvandrare varannan fredag", True),
        ("Byalaget startar grannsamverkan i byn", True),
        ("Lokalpolisområde Märsta har sin polisstation i Märsta", False),
    ],
)
def test_what_a_party_keeps_up_or_a_part_of_it_does(line: str, does: bool) -> None:
    assert party_does(line) is does


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Det här har parterna åtagit sig", Section.PROMISES),
        ("Det här kommer vi att göra:", Section.PROMISES),
        ("Detta kommer polisen och kommunen att göra", Section.PROMISES),
        ("Vad kommer att hända nu?", None),
        ("Nästa år", Section.PROMISES),
        ("Övergripande mål", Section.NOT_PROMISES),
    ],
)
def test_undertakings_in_the_perfect_what_we_will_do_next_year_and_overall_goals(
    heading: str, section: Section | None
) -> None:
    assert section_of(heading) is section


def test_what_a_party_does_today_is_the_situation_and_what_the_promise_describes_is_not_one() -> (
    None
):
    assert party_does("Fältassistenterna arbetar på kvällarna i Noret")
    assert not party_does("Fältassistenterna arbetar i dag främst i Noret")
    assert not judge_paragraph(
        "Löftet beskriver några konkreta saker som vi ska göra för att öka tryggheten.",
        Section.NEUTRAL,
        leads_a_list=False,
    ).promise
    assert judge_paragraph(
        "Löftet innehåller bland annat att polisen ska öka sin närvaro vid campingen.",
        Section.NEUTRAL,
        leads_a_list=False,
    ).promise


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunpolisen påpekar att polisen redan arbetar brett med våld i centrum.",
        "Polisen arbetar som vanligt med anmälda brott i hela kommunen.",
        "Sedan 2016 samverkar kommunen och polisen enligt en överenskommelse som ska följas.",
        "Näringslivsenheten har redan möten med företagen och kommer att fortsätta ha det.",
        "Kommunen och polisen har som mål att otryggheten i centrum ska minska.",
    ],
)
def test_what_is_already_done_or_aimed_at_is_no_promise(sentence: str) -> None:
    assert not judge_paragraph(sentence, Section.PROMISES, leads_a_list=False).promise


def test_what_is_already_done_does_not_hide_a_new_undertaking() -> None:
    assert judge_paragraph(
        "Polisen patrullerar redan i centrum och ska nu även kontrollera mopeder vid skolan.",
        Section.PROMISES,
        leads_a_list=False,
    ).promise


def test_a_word_ending_in_a_that_is_no_verb_opens_no_action() -> None:
    assert not judge_item(
        "Bara att de kommer ut och pratar med oss betyder något.",
        Section.PROMISES,
        in_promise_list=False,
        after_promises=True,
    ).promise


@pytest.mark.parametrize(
    ("paragraph", "promise"),
    [
        ("Utökad vuxennärvaro vid busshållplatserna under morgnarna i augusti.", True),
        ("Fler kvällspatruller runt sjön under sommarlovet.", True),
        ("Förstärkt belysning längs gångvägen mellan skolan och hallen.", True),
        ("Ökad oro bland äldre för bedrägerier på telefon.", False),
        ("Fler unga som känner sig otrygga i centrum.", False),
        ("Utökad vuxennärvaro har gett lugnare kvällar. Det märks i enkäten.", False),
    ],
)
def test_a_measure_named_by_its_noun_under_a_focus_area(paragraph: str, promise: bool) -> None:
    judgement = judge_paragraph(paragraph, Section.PROMISES, leads_a_list=False)

    assert judgement.promise is promise
    assert not judge_paragraph(paragraph, Section.NEUTRAL, leads_a_list=False).promise


def test_an_abbreviation_ends_no_sentence() -> None:
    line = "Ordningsvakter finns vid stationen från kl. 22 till 03 under sommaren."

    assert sentences(line) == [line]
    assert sentences("Polisen kommer bl.a. till skolan. Kommunen städar.") == [
        "Polisen kommer bl.a. till skolan.",
        "Kommunen städar.",
    ]
    assert judge_paragraph(line, Section.NEUTRAL, leads_a_list=False, among_parties=True).promise


def test_a_measure_taken_after_a_decision_under_the_law_is_a_promise() -> None:
    assert judge_paragraph(
        "Polisen genomför visitationszoner vid behov efter beslut enligt polislagen.",
        Section.PROMISES,
        leads_a_list=False,
    ).promise


def test_an_association_or_company_a_heading_named_does_things_as_a_party() -> None:
    assert party_does("Föreningen håller butikerna vid torget upplysta till kl. 21.")
    assert party_does("Bolaget byter lås i alla trapphus under våren.")


@pytest.mark.parametrize(
    ("paragraph", "promise"),
    [
        ("2028: Insatserna utvärderas och arbetssättet förs över till Valsätra.", True),
        ("Belysningen i gångtunneln byts ut under våren.", True),
        ("Vid skolorna anordnas föräldramöten om narkotika i september.", True),
        ("Affischen sätts upp i hamnarna och på busstationen.", False),
        ("Medborgarlöftet utvärderas i december.", False),
    ],
)
def test_what_is_done_to_a_thing_in_the_present_tense_under_the_promises(
    paragraph: str, promise: bool
) -> None:
    assert judge_paragraph(paragraph, Section.PROMISES, leads_a_list=False).promise is promise


@pytest.mark.parametrize(
    ("paragraph", "promise"),
    [
        ("Löftet innebär bland annat fler trygghetsvandringar och ökad polisnärvaro.", True),
        ("Medborgarlöftet omfattar också utökad belysning längs Storgatan.", True),
        ("Konkret handlar det om att kommunen sätter upp belysning i parken.", True),
        ("Kommunen satsar också på fler fältassistenter under sommarlovet.", True),
        ("Kommunen satsar på tryggheten i centrum.", False),
        ("Löftet innebär att vi tar ansvar tillsammans.", False),
        ("Löftet innebär ett nytt sätt att arbeta.", False),
    ],
)
def test_a_news_item_says_what_the_promise_holds(paragraph: str, promise: bool) -> None:
    assert judge_paragraph(paragraph, Section.NEUTRAL, leads_a_list=False).promise is promise


@pytest.mark.parametrize(
    "sentence",
    [
        "Polisen utlovar fler kontroller av mopeder i centrum under våren.",
        "Kommunen har också bestämt sig för att anställa två nya fältassistenter.",
        "Polisen tänker också genomföra riktade kontroller mot narkotika i Noret.",
        "Ett av löftena gäller skolvägarna, där kommunen ska bygga nya övergångsställen.",
        "En annan del av löftet är att kommunen ska rusta upp lekparken i Noret.",
    ],
)
def test_more_ways_a_news_item_says_what_a_party_will_do(sentence: str) -> None:
    assert judge_paragraph(sentence, Section.NEUTRAL, leads_a_list=False).promise
    for background in (
        "Polisen tänker på de äldre.",
        "En av Polismyndighetens grundpelare är att polisen ska verka nära medborgarna.",
    ):
        assert not judge_paragraph(background, Section.NEUTRAL, leads_a_list=False).promise


def test_a_question_that_asks_what_will_be_done_promises_its_noun_phrases() -> None:
    for intro in ("Vad ska vi göra?", "Vad kommer polisen att göra?"):
        assert promised_by_intro(intro)
        assert judge_item(
            "Trygghetsvandring i Stugsund i september.",
            Section.PROMISES,
            in_promise_list=True,
            intro=intro,
            recovered=True,
        ).promise
    assert not promised_by_intro("Vad har vi gjort?")


def test_what_the_promise_focuses_on_is_no_list_of_promises() -> None:
    intro = "Utifrån dialogerna har vi valt att fokusera på följande:"

    assert section_of(intro) is None
    assert section_of("Under 2027 prioriterar vi följande områden:") is None
    assert section_of("Under 2027 gör vi följande:") is Section.PROMISES
    for focus in ("Narkotika bland unga", "Trafiken i centrum"):
        assert not judge_item(focus, Section.PROMISES, in_promise_list=True, intro=intro).promise


@pytest.mark.parametrize(
    "sentence",
    [
        "Polisen fortsätter att göra det man alltid gör: rycka ut vid larm och utreda brott.",
        "Polisen arbetar dygnet runt med utryckningar och utredningar i hela kommunen.",
        "Polisen kommer även i fortsättningen att utreda brott och ingripa vid larm.",
        "Polisen fortsätter också med sitt vanliga arbete i hela kommunen.",
        "Löftet består av tre delar: det polisen ansvarar för och det kommunen ansvarar för.",
    ],
)
def test_the_polices_ordinary_work_and_the_parts_of_the_promise_are_no_promises(
    sentence: str,
) -> None:
    assert not judge_paragraph(sentence, Section.PROMISES, leads_a_list=False).promise


@pytest.mark.parametrize(
    ("sentence", "promise"),
    [
        ("Polisen kommer inte att öppna en station i Kolbäck.", False),
        ("Kommunen lovar däremot inte kameror vid torget.", False),
        ("Vi kommer tyvärr inte att kunna ha en bil stationerad i byn.", False),
        ("Polisen ska inte bara patrullera utan också besöka skolorna varje termin.", True),
        ("Vi kan inte vara överallt, men vi ska patrullera vid torget varje fredag.", True),
        ("Polisen kan inte vara överallt, därför ska polisen gå i centrum på fredagar.", True),
        ("Vi lovar inte allt, men det vi lovar ska hålla.", False),
        ("Kommunen ska se till att ingen skolväg saknar belysning.", True),
    ],
)
def test_what_a_party_will_not_do_is_refused_but_not_a_promise_with_a_negation_in_it(
    sentence: str, promise: bool
) -> None:
    assert judge_paragraph(sentence, Section.PROMISES, leads_a_list=False).promise is promise


@pytest.mark.parametrize(
    "heading",
    [
        "Det här lovar vi inte",
        "Vad vi inte lovar",
        "Det här gör vi inte",
        "Vad polisen inte gör",
        "Så kan du hjälpa till",
        "Så arbetar vi med löftet",
        "5 Organisation och uppföljning",
        "2. Lagstiftning och ansvar",
        # what a board is asked to decide
        "Brottsförebyggande rådet föreslås",
        "Förslag till kommunstyrelsen",
        # what residents asked at a dialogue meeting
        "Frågor och synpunkter",
        "De vanligaste önskemålen var:",
        # what the parties saw, and a report's other work
        "Vad har vi sett?",
        "Det här ser vi",
        "Det här kom fram i lägesbilden:",
        "I den här delen",
        "I lägesbilden framkom bland annat:",
        "Det som kom fram var bland annat:",
        "Det här kom fram:",
        "Den visar bland annat följande:",
        "Bland annat kom det fram att:",
        "Det som oftast kom upp var:",
        "Det här var det vanligaste vi fick höra:",
        "Under 2025 kommer du att märka att",
        "Det här var några av de saker som kom fram:",
        "Tre saker stack ut:",
        "Tillsammans med statistik över anmälda brott gav det den här bilden:",
        "Tillsammans med trygghetsmätningen gav det en tydlig bild:",
        "Det här sa många:",
        "Vad har vi hört?",
        "2 DET HÄR HAR VI SETT OCH HÖRT",
        "Det här var de vanligaste synpunkterna:",
        "BILAGA 2  UPPFÖLJNINGSPLAN",
        "Sammanfattningsvis visar den följande:",
        "Det här är vad som kom fram:",
        "Innehåll på sidan",
        "Så märker du det",
        "Detta är det som många nämnde oftast:",
        "Invånarna oroar sig mest för:",
        "Det här är lägesbilden",
        "Kommunens lägesbild för 2024 visar att flera platser upplevs som otrygga:",
        "Övrigt arbete",
    ],
)
def test_a_heading_over_what_is_not_promised_opens_no_promises(heading: str) -> None:
    assert section_of(heading) is Section.NOT_PROMISES


@pytest.mark.parametrize(
    "sentence",
    [
        "Polisen i lokalpolisområde Fjällen ansvarar för hela kommunen och rycker ut på larm "
        "dygnet runt.",
        "Polisen utreder brott, rycker ut på larm och arbetar mot narkotika i hela Lerum.",
        "Lokalpolisområde Märsta ansvarar för Rosersberg och Sigtuna stad, medan Arlanda "
        "har en egen grupp.",
        "Polisen och kommunen går igenom läget i styrgruppen varje månad och redovisar det.",
        "Därför ger vi för första gången ett gemensamt löfte för hela kommunen.",
        "Kommunen ska vara en av länets fem tryggaste kommuner år 2030.",
        "Polisen ska finnas nära medborgarna i hela landet.",
        "Kommunens samordnare och kommunpolisen ansvarar för att dokumentera genomförda "
        "aktiviteter.",
        "Snöskotrar och mörka gator. Det är två av de saker som kommunen och polisen nu "
        "lovar att ta tag i.",
        "Det är ett löfte till alla som bor i Älmhult om vad vi gör för att det ska vara "
        "tryggt här.",
        "Parterna bildar en samverkansgrupp som leds av säkerhetschefen.",
        "Förslaget ska tas upp i stadsdelens trygghetsråd den 3 maj 2028 och undertecknas "
        "först när rådet har sagt ja.",
    ],
)
def test_routine_areas_reviews_and_rankings_are_no_promises(sentence: str) -> None:
    assert not judge_paragraph(sentence, Section.PROMISES, leads_a_list=False).promise


@pytest.mark.parametrize(
    "row", ["Gilla | Kommentera | Dela", "👍 88 | 12 kommentarer | 3 delningar"]
)
def test_a_posts_buttons_and_counters_are_no_promise_in_a_promise_list(row: str) -> None:
    assert not judge_item(row, Section.PROMISES, in_promise_list=True).promise


@pytest.mark.parametrize(
    "sentence",
    [
        "Polisen kommer också, som alltid, att svara på larm i hela kommunen.",
        "Den som behöver polis ska som vanligt ringa 112 vid pågående brott.",
        "En önskan om att polisen ska synas mer i byarna kom från flera håll.",
        "Polisen understryker att löftet inte ersätter det vanliga arbetet.",
    ],
)
def test_ordinary_work_advice_to_residents_and_their_wishes_are_no_promises(
    sentence: str,
) -> None:
    assert not judge_item(sentence, Section.PROMISES, in_promise_list=True).promise


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Teckenförklaring", Section.NOT_PROMISES),
        ("Kritik från oppositionen", Section.NOT_PROMISES),
        ("Så har vi tagit fram löftet", Section.NOT_PROMISES),
        ("Så har vi arbetat med löftet 2025", Section.RESULTS),
        ("Kalendarium", Section.NOT_PROMISES),
        ("Artikel 4  Organisation", Section.NOT_PROMISES),
        ("§ 7 Giltighet", Section.NOT_PROMISES),
        ("Inledning", Section.NOT_PROMISES),
    ],
)
def test_a_legend_a_calendar_and_an_agreements_numbered_clauses(
    heading: str, section: Section
) -> None:
    assert section_of(heading) is section


def test_a_party_and_the_kommuns_pupil_health_do_something_together() -> None:
    assert party_does("Polisen och kommunens elevhälsa besöker alla klasser i årskurs 8")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Hörby kommun och Sjöbo kommun har tillsammans med polisen tecknat ett gemensamt "
        "medborgarlöfte för 2027. Det är första gången kommunerna lovar något tillsammans.",
        "Hej! Här kan du läsa om vad polisen och kommunen har lovat att göra i Hörby.",
        "Polisen kommer att fortsätta att prioritera larm, och löftet förändrar inte det.",
    ],
)
def test_news_of_the_signing_a_greeting_and_what_the_promise_leaves_as_it_was(
    paragraph: str,
) -> None:
    assert not judge_paragraph(paragraph, Section.PROMISES, leads_a_list=False).promise


def test_a_shared_responsibility_to_do_something_commits_and_residents_views_head_none() -> None:
    assert judge_paragraph(
        "Polisen och kommunen har gemensamt ansvar för att bjuda in till ett möte i Ludvigsborg.",
        Section.NEUTRAL,
        leads_a_list=False,
    ).promise
    assert section_of("Vad tyckte ni?") is Section.NOT_PROMISES


def test_a_list_that_says_what_each_party_takes_responsibility_for_holds_promises() -> None:
    assert section_of("Vi tar ansvar för att:") is Section.PROMISES


@pytest.mark.parametrize("intro", ["Fokus för året:", "Vårt åtagande:", "Konkret innebär det:"])
def test_more_introductions_of_what_is_promised(intro: str) -> None:
    assert section_of(intro) is Section.PROMISES
    assert judge_item(
        "Ökad närvaro av kommunpolis på lördagar i Tibro centrum",
        Section.PROMISES,
        in_promise_list=True,
        intro=intro,
    ).promise


def test_a_party_after_a_long_time_phrase_a_future_blir_det_and_our_own_wish() -> None:
    assert party_does("Under två helger i maj märker polisen upp båtmotorer i hamnen")
    assert commits("Från hösten blir det fler nattvandringar i Tibro")
    assert declined("Vi vill att fler båtägare ska registrera sina motorer.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Det här lovar polisen och kommunen invånarna i Malå under 2027.",
        "En samverkansöverenskommelse är ett skriftligt avtal mellan kommunen och polisen.",
        "Enkelt uttryckt är det ett löfte om några konkreta saker som vi ska göra.",
        "Inom ramen för överenskommelsen ska kommunen och polisen ge invånarna ett medborgarlöfte.",
        "I höst bestämmer kommunen och polisen om ett liknande löfte ska ges sommaren 2028.",
    ],
)
def test_a_list_opening_a_definition_and_decisions_about_a_promise_are_none(
    sentence: str,
) -> None:
    assert not judge_paragraph(sentence, Section.PROMISES, leads_a_list=False).promise


@pytest.mark.parametrize("heading", ["Förslag till beslut", "Detta tas bort"])
def test_a_proposed_decision_and_what_is_removed_head_no_promises(heading: str) -> None:
    assert section_of(heading) is Section.NOT_PROMISES


def test_a_paragraph_of_background_what_a_party_does_and_our_wish_promises_the_deed() -> None:
    paragraph = (
        "Stölder av båtmotorer har länge varit ett problem i Tjörn. Under två helger i maj "
        "märker polisen upp båtmotorer i gästhamnen i Skärhamn. Vi vill att fler båtägare "
        "ska registrera sina motorer."
    )

    assert judge_paragraph(paragraph, Section.PROMISES, leads_a_list=False).promise


def test_what_a_party_does_before_our_wish_is_promised_without_background_too() -> None:
    paragraph = (
        "Under två helger i maj märker polisen upp båtmotorer i gästhamnen i Skärhamn. "
        "Vi vill att fler båtägare ska registrera sina motorer."
    )

    assert judge_paragraph(paragraph, Section.PROMISES, leads_a_list=False).promise


def test_who_is_there_and_where_things_are_is_not_what_is_done() -> None:
    assert not starts_with_action("Skolorna och socialtjänsten ser att fler unga provar narkotika.")
    assert not starts_with_action("Många, särskilt kvinnor och äldre, undviker centrum.")
    assert starts_with_action("varna äldre för bedrägerier per telefon")
    assert not judge_paragraph(
        "Polisstationen ligger i Hallsberg.",
        Section.PROMISES,
        leads_a_list=False,
        intro="Det här lovar vi:",
    ).promise


def test_who_worries_under_a_promises_heading_is_background_and_who_acts_a_promise() -> None:
    worry = "Föräldrar och personal oroar sig för farten förbi skolorna i Torsås."
    act = "Fältassistenter och fritidsledare är ute i hamnen varje kväll under sommarlovet."

    intro = "Det här lovar vi:"

    assert not judge_paragraph(worry, Section.PROMISES, leads_a_list=False, intro=intro).promise
    assert judge_paragraph(act, Section.PROMISES, leads_a_list=False, intro=intro).promise


def test_what_a_party_knows_or_believes_is_no_promise_unless_it_goes_on_to_one() -> None:
    assert declined("Vi vet att Vara är en trygg ort, och det ska den fortsätta att vara.")
    assert declined("Polisen tror att fler kameror ska minska stölderna.")
    assert not declined("Vi vet att det är mörkt i parken, men vi ska byta belysningen i maj.")


def test_a_joint_visit_put_first_is_done_and_the_police_areas_kommuner_are_not_promised() -> None:
    assert party_does("Gemensamt besöker polis och kommun alla skolor i Vansbro")
    assert refusal("Lokalpolisområde Mora arbetar i tre kommuner: Mora, Orsa och Älvdalen.")
    assert refusal("Lokalpolisområdet arbetar i både Mora och Orsa, men det här gäller Mora.")


def test_presence_where_it_is_not_yet_and_lines_about_the_promise_or_area_itself() -> None:
    assert party_does("Polisen är på plats vid Angereds centrum varje torsdag")
    assert refusal("starta grannsamverkan i Dingtuna där det inte redan finns") is None
    assert refusal("Polisen och staden ger för första gången två löften i samma dokument.")
    assert refusal("Stadsområde Nordost omfattar Angered, Bergsjön och Kortedala.")
    assert refusal("Lokalpolisområde Södra Dalarna omfattar Avesta, Hedemora och Säter.")
    assert refusal("AB Bostäder i Jönköping ska")


def test_contact_lines_a_press_rooms_footer_and_the_yearly_promise_of_an_agreement() -> None:
    assert refusal("Frågor om medborgarlöftet besvaras av kommunpolis Linda Dahl, telefon 114 14.")
    assert refusal("Lena Ahlberg, säkerhetssamordnare, Söderhamns kommun, telefon 0270-753 18")
    assert refusal("Söderhamns kommun | Pressrum | Prenumerera på pressmeddelanden")
    assert refusal('Parterna ska varje år ge ett gemensamt "medborgarlöfte" till invånarna.')


def test_saying_that_there_are_new_promises_this_year_is_no_promise() -> None:
    judgement = judge_paragraph(
        "Därför har vi delvis nya löften i år.", Section.PROMISES, leads_a_list=False
    )

    assert not judgement.promise
    assert (
        judgement.reason == "handlar om löftet självt (hur det tas fram, skrivs under, följs upp)"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Nu är det klart vilka frågor polisen och kommunen ska arbeta med i år.",
        "Här kan du läsa hur polisen ska arbeta i Dingle under hösten.",
        "I dag presenterades det medborgarlöfte som kommunen och polisen i "
        "lokalpolisområde Borlänge ska arbeta efter under 2017.",
    ],
)
def test_a_party_in_a_clause_on_what_the_promise_holds_commits_to_nothing(sentence: str) -> None:
    assert not actor_commits(sentence)
    assert actor_commits("Polisen ska arbeta i Dingle under hösten.")
    assert actor_commits("I löftet som parterna tecknat ingår att polisen ska patrullera.")


@pytest.mark.parametrize(
    "item",
    [
        "Ny belysning längs Nissanpromenaden vid Slottsbron (Tekniska förvaltningen)",
        "Trygghetsvandring i Vallås och Fyllinge under hösten (Halmstads kommun och Polisen)",
        "Trygghetsvandring i Vallås och Fyllinge under hösten (Halmstads kommun)",
        "Trygghetsvandring i Vallås och Fyllinge under hösten med HFAB (Gemensamt)",
    ],
)
def test_a_noun_phrase_that_names_who_is_responsible_is_a_promise_of_the_list(item: str) -> None:
    judged = judge_item(
        item, Section.PROMISES, in_promise_list=True, intro="Det här gör vi under 2023"
    )
    assert judged.promise
    assert not judge_item(
        "Trygghetsvandring i Vallås och Fyllinge under hösten",
        Section.PROMISES,
        in_promise_list=True,
        intro="Det här gör vi under 2023",
    ).promise


@pytest.mark.parametrize(
    "item",
    [
        "erbjuda stödsamtal inom en vecka från att en person har tagit kontakt",
        "ringa upp alla som har gjort en anmälan om bedrägeri",
    ],
)
def test_a_past_tense_in_a_clause_of_its_own_does_not_make_an_item_a_result(item: str) -> None:
    assert refusal(item) is None
    assert refusal("Polisen har genomfört tolv kontroller under året") is not None


@pytest.mark.parametrize(
    "line",
    [
        "Lyssna på inslaget (2 min)",
        "Se inslaget: Nytt medborgarlöfte i Ale (1:48)",
        "Hör mer i Morgon i Söderslätt, vardagar 6–9.",
        "Dela artikeln: Facebook | X | Kopiera länk",
        "Polisen påminner om att den som vill lämna tips kan göra det anonymt.",
        "På perrongen i Älvängen möter vi Lina Sjöberg, som pendlar varje dag.",
    ],
)
def test_a_news_sites_links_and_reminders_are_not_promises(line: str) -> None:
    assert refusal(line) is not None


def test_what_a_critic_thinks_the_police_should_do_is_not_a_promise() -> None:
    assert declined(
        "Gruppledaren Gunilla Ahrén tycker att polisen borde finnas i Stocksund varje helg."
    )
    assert not declined("Polisen ska finnas i Stocksund varje helg.")
    # ... or hopes
    assert declined("Kommunalrådet Per Ek hoppas att sommarvärdarna ska märkas.")


@pytest.mark.parametrize(
    ("heading", "promises"),
    [
        ("Det här lovar vi dig 2023", True),
        ("Detta lovar vi under 2024", True),
        ("Det här lovar polisen", False),  # over sentences in plain Swedish, each on its own
    ],
)
def test_a_heading_that_promises_to_whom_or_for_when_makes_its_items_promises(
    heading: str, promises: bool
) -> None:
    assert promised_by_intro(heading) is promises


@pytest.mark.parametrize(
    "line",
    [
        "att uppdra åt kommunstyrelsens ordförande att underteckna löftet.",
        "Kostnaden för ordningsvakter beräknas till 650 000 kronor och ryms inom budgeten.",
    ],
)
def test_a_decisions_points_and_costs_are_not_promises(line: str) -> None:
    assert refusal(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Löftet för 2025 bygger på samma trygghetsmätning och på en dialog med boende.",
        "Lägesbilden för 2027 visar att boende längs Lidköpingsvägen är oroliga för farten.",
        "Löftet för 2027 skrivs under i mars och gäller året ut.",
    ],
)
def test_what_this_years_promise_builds_on_is_no_item_of_its_list(line: str) -> None:
    judged = judge_item(
        line, Section.PROMISES, in_promise_list=True, intro="Det här lovar vi 2025", recovered=True
    )
    assert not judged.promise


@pytest.mark.parametrize(
    "text",
    [
        "Vi gick ut tidigt i år, säger kommunpolis Eva Sund.",
        "Det har gett resultat, säger kommunpolis Eva Sund i lokalpolisområde Mora.",
        "Vi är nöjda med sommaren, säger kommunpolisen på Gotland, Karin Ek.",
    ],
)
def test_a_sentence_that_names_who_said_it_is_a_quote(text: str) -> None:
    assert is_quote(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Enligt löftet planerar kommunen att sätta upp nya lampor vid bryggan varje vår.",
        "Tillsammans ser polisen och kommunen till att det ordnas en cykelkontroll i maj.",
        "Kommunen förbinder sig att rusta upp lekplatsen i Vikbolandet under året.",
        "Kommunen planerar att bygga farthinder vid skolan i Gusum under hösten.",
        "Kommunen tar på sig att hålla simhallen i Gusum öppen på fredagskvällar.",
    ],
)
def test_other_verbs_than_ska_and_lovar_commit_a_party(sentence: str) -> None:
    assert actor_commits(sentence)
    assert judge_paragraph(sentence, Section.PROMISES, leads_a_list=False).promise


@pytest.mark.parametrize(
    "text",
    [
        "berätta om arbetet i kommunens trygghetsråd varje halvår",
        "Vi berättar i så fall om det här.",
        "delta i kommunens brottsförebyggande råd, som sammanträder fyra gånger per år,",
        "Kommunen ansvarar för att kalla till rådets möten och föra minnesanteckningar.",
        "kalla till trygghetsrådets möten och föra protokoll.",
        "Genomgång av löftet i Brottsförebyggande rådet två gånger per år.",
        "Resultatet ska också presenteras för kommunstyrelsen.",
        "I juni ska löftet följas upp i rådet.",
        "årligen besluta om medborgarlöften utifrån lägesbilden.",
        "följa upp åtagandena i styrgruppen två gånger per år,",
        "Vi kallar till möten i trygghetsrådet och sammanställer uppföljningen.",
        "Vi sammanfattar arbetet i trygghetsrådet och lägger ut en redovisning på webben.",
        "Redovisning av hur det går med löftet i det brottsförebyggande rådet",
        "varje vår ta fram en gemensam lägesbild tillsammans med skolorna,",
        "Enkät till boende inför nästa lägesbild | Kommunen | x",
        "Redovisning av antalet inbrott i trygghetsrådet varje kvartal",
        "bidra med uppgifter om klotter till den gemensamma lägesbilden,",
        "informera styrgruppen om samarbetet med tullen.",
        "kalla till styrgruppen och det brottsförebyggande rådet,",
        "ta fram lägesbilden varje höst tillsammans med polisen.",
    ],
)
def test_telling_about_the_work_governs_the_promise(text: str) -> None:
    assert governs_the_promise(text)


def test_taking_the_blame_commits_to_nothing() -> None:
    sentence = "Vandringen blev inte av i höstas. Det tar vi på oss, säger kommunpolisen."
    assert not judge_paragraph(sentence, Section.PROMISES, leads_a_list=False).promise


def test_a_party_at_a_place_or_beside_the_writer_does_what_the_line_says() -> None:
    assert party_does("Fritidsgården i Brunnsvik håller öppet till midnatt på lördagar.")
    assert party_does("Kommunen och jag går en trygghetsvandring i Fröslunda i april.")
    # what it has today is the situation, not what it does for the promise
    assert not party_does("Fritidsgården i Brunnsvik har i dag öppet tre kvällar i veckan.")


def test_under_a_heading_of_the_promise_a_passive_line_says_what_is_done() -> None:
    intro = "Så här ska löftet genomföras"
    for line in (
        "Trafikkontroller görs av polisen vid förskolorna varje månad.",
        "Ett föräldramöte om nätmobbning hålls i Bruksskolan under hösten.",
        "Nattvandringar genomförs av kommunen varje fredag i juni.",
    ):
        assert judge_item(
            line, Section.PROMISES, in_promise_list=True, intro=intro, recovered=True
        ).promise, line
    for line in (
        "Kvällen hålls i aulan och tar upp vad föräldrar kan göra.",
        "Löftet skrevs under i februari av kommunstyrelsens ordförande.",
        "Trafikkontroller genomfördes av polisen vid förskolorna förra året.",
    ):
        assert not judge_item(
            line, Section.PROMISES, in_promise_list=True, intro=intro, recovered=True
        ).promise, line


def test_a_noun_phrase_under_a_party_heading_is_what_the_party_does_when_it_says_when() -> None:
    assert listed_under_party("POLISEN", "Fotpatrull vid torget fredag kväll")
    assert listed_under_party("Tillsammans", "Trygghetsvandring i Bergby (april)")
    assert not listed_under_party("POLISEN", "Anmälda brott i centrum")
    assert not listed_under_party("Bakgrund", "Fotpatrull vid torget fredag kväll")


def test_an_item_under_an_introduction_of_goals_is_no_promise() -> None:
    judged = judge_item(
        "tryggheten i Grästorps tätort ska öka,",
        Section.PROMISES,
        in_promise_list=True,
        intro="Parterna ska verka för att:",
    )
    assert not judged.promise
    assert judged.reason == "ett mål som parterna verkar för, inget åtagande"


@pytest.mark.parametrize(
    "intro",
    [
        "I löftet har polisen och kommunen bestämt följande.",
        "Vad har vi kommit överens om?",
        "Här kan du läsa löftena för varje område.",
        "Så här arbetar vi",
        "Löftet i sex punkter",
    ],
)
def test_what_the_parties_settled_opens_the_promises(intro: str) -> None:
    assert section_of(intro) is Section.PROMISES


@pytest.mark.parametrize("heading", ["Från polisens sida", "Från Tranås kommuns sida"])
def test_from_a_partys_side_names_who_does_the_items_under_it(heading: str) -> None:
    assert only_names_party(heading)
    assert listed_under_party(heading, "Fotpatruller vid resecentrum på fredagskvällar")


def test_a_sentence_that_points_back_at_the_problems_a_lead_names_promises_nothing() -> None:
    assert refusal(
        "Det är några av problemen som polisen och Ljungby kommun nu lovar att ta tag i."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunen ser också över belysningen i Stadsträdgården.",
        "Ockelbo kommuns fixartjänst monterar brandvarnare hos äldre som ber om det.",
        "Fritidsgården Kojan håller öppet till klockan 23 på fredagar.",
        "Ungdomsgården Hyttan håller dessutom öppet till klockan 23 på fredagar.",
        "Under marknadsveckan har polisen en bemannad polispunkt på marknadsområdet.",
    ],
)
def test_a_party_that_does_something_after_an_adverb_or_as_its_service(sentence: str) -> None:
    assert party_does(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Polisen utgår främst från Storuman och Lycksele.",
        "Under hösten 2026 var kommunpolisen på plats på Sorsele marknad.",
    ],
)
def test_where_a_party_is_based_or_was_is_not_what_it_does(sentence: str) -> None:
    assert not party_does(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Där ska polisen och Oskarshamns kommun göra extra insatser under 2025.",
        "Hon berättar att polisen i Hälsingland har fått fler kommunpoliser.",
        "Uppföljningen i trygghetsrådet är vårt sätt att hålla koll på att löftet genomförs.",
    ],
)
def test_a_news_items_lead_a_reporters_account_and_the_follow_up_promise_nothing(
    sentence: str,
) -> None:
    assert refusal(sentence)


def test_what_a_training_teaches_staff_to_do_is_part_of_the_promise() -> None:
    assert not refusal(
        "Kommunen kommer att utbilda personalen i hemtjänsten om hur bedrägerier går till "
        "och vad de ska göra om en brukare har blivit lurad."
    )
    assert refusal("Polisen och kommunen har kommit överens om vad de ska göra i år.")
