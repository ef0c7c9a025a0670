"""Word lists the extractor reasons with: speech verbs, titles and roles, organisations, groups."""

from __future__ import annotations

from typing import Final


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Speech verbs: lemma -> forms (3rd person, past, participle, -ing). Irregular forms listed by hand.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "tweet": ("tweeted", "tweets", "tweeting"),
    "post": ("posted",),
    "issue": ("issued",),
    "state": ("stated", "stating"),
    "note": ("note", "noted", "notes", "noting"),
    "report": ("reported", "reports", "reporting"),
    "claim": ("claimed", "claims", "claiming"),
    "call": ("called", "calls", "calling"),
    "charge": ("charged", "charging"),
    "answer": ("answered",),
    "comment": ("commented",),
    "quote": ("quoted",),
    "release": ("released",),
    "question": ("questioned", "questioning", "question"),
    "continue": ("continued", "continues"),
    "go": (),
    "read": ("reads", "read"),
    "chant": ("chanted", "chanting", "chants"),
    "shout": ("shouted", "shouting", "shouts"),
    "yell": ("yelled", "yelling", "yells"),
    "scream": ("screamed", "screaming"),
    "exclaim": ("exclaimed",),
    "echo": ("echoed", "echoing", "echoes"),
    "refer": ("referred", "refers", "referring"),
    "dub": ("dubbed", "dubs", "dubbing"),
    "label": ("labeled", "labelled", "labels", "labeling", "labelling"),
    "brand": ("branded", "brands", "branding"),
    "mutter": ("muttered",),
    "whisper": ("whispered",),
    "cry": ("cried", "crying"),
    "bark": ("barked",),
    "boom": ("boomed",),
}
# Verbs that introduce speech only when a quotation follows at once ("chanted “Lock her up”").
QUOTE_ONLY: Final = (
    frozenset("read chant shout yell scream exclaim echo mutter whisper cry bark boom".split())
)

# Verbs that introduce a reported clause or a direct quote.
SPEECH_LEMMAS: Final = _words(
    """say tell add note argue announce claim ask report tweet respond reply insist warn declare state explain
    acknowledge admit concede deny dismiss suggest question criticize accuse promise vow pledge predict urge
    recall complain contend maintain assert confirm remark quip joke testify reiterate stress emphasize tout
    boast lament blast slam call describe caution estimate reveal disclose allege charge praise demand
    threaten propose recommend observe continue conclude counter retort rebut reject dispute contradict
    write post muse assure inform remind hint signal explain recount wonder mock denounce condemn
    decry chide scoff shoot vow affirm concur underscore highlight point cite talk read chant shout yell
    scream exclaim echo mutter whisper answer apologize characterize clarify comment elaborate interject
    opine posit quote summarize issue release thank refer dub label brand speak cry bark boom"""
)

# Forms that are also common nouns ("the claims", "calls for"): only taken right after a subject.
NOUNISH_FORMS: Final = _words(
    """claims claim reports report calls call notes note promises promise questions question answers answer
    demands demand charges charge states comments tweets posts estimates estimate jokes joke counters
    counter signals signal hints hint highlights praise vow vows pledges pledge threats concludes remarks
    remark"""
)

# Verbs whose object is a person told, before the reported clause: "told Reuters that ...".
# "urged X to": X is part of it
OBJECT_VERBS: Final = _words("tell assure inform remind warn ask caution advise")

# Cues whose content is mostly a noun phrase ("praised the plan"), not a clause: a trailing ", which ..."
# after it is the writer's.
NP_OBJECT_CUES: Final = _words(
    """criticize praise denounce condemn decry blast slam mock dismiss reject dispute tout cite recall
    describe acknowledge thank call propose release issue announce lament question urge accuse chide highlight
    underscore characterize rail lash"""
)

# Cues after which the statement may come first: "..., said Peskov." / '"...," added Rubio.'
INVERTABLE: Final = _words(
    """said says added adds asked asks wrote writes told tells continued continues explained explains noted
    notes insisted insists declared declares argued argues replied replies responded responds warned warns
    recalled recalls stressed stresses countered counters concluded concludes tweeted tweets observed
    observes"""
)

_REGULAR_EXCEPTIONS: Final = frozenset(_IRREGULAR)


def _inflect(lemma: str) -> tuple[str, ...]:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return (lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith(("s", "sh", "ch", "x")):
        return (lemma + "es", lemma + "ed", lemma + "ing")
    doubled = {"admit": "admitt", "quip": "quipp", "rebut": "rebutt", "slam": "slamm", "scoff": "scoff"}
    stem = doubled.get(lemma, lemma)
    return (lemma + "s", stem + "ed", stem + "ing")


def _forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for lemma in SPEECH_LEMMAS:
        for form in _inflect(lemma):
            out[form] = lemma
        if lemma not in _REGULAR_EXCEPTIONS:
            out.setdefault(lemma, lemma)
    out["shot back"] = "shoot"
    out.pop("shoot", None)
    out.pop("shoots", None)
    out.pop("shooting", None)
    out.pop("shot", None)
    out.pop("point", None)
    out.pop("points", None)
    out.pop("pointed", None)
    out.pop("pointing", None)
    for f in "pointed out|points out|pointing out|point out|pointed to|points to|pointing to|point to".split(
        "|"
    ):
        out[f] = "point"
    for f in ("brushed off", "brushed aside", "waved off", "waved away"):
        out[f] = "dismiss"
    for f in ("railed against", "rails against", "railing against", "rail against"):
        out[f] = "rail"
    for f in ("lashed out at", "lashes out at", "lashing out at", "lash out at", "lashed out against"):
        out[f] = "lash"
    return out


CUE_FORMS: dict[str, str] = _forms()

# Words before a verb that make it passive or not a statement ("was told", "to say").
PASSIVE_BEFORE: Final = _words("was were been being be is are am to")

# Fillers allowed between a subject and its cue: "Peskov on Monday dismissed", "he has repeatedly said".
GAP_WORDS: Final = _words(
    """also later then previously repeatedly again recently once earlier often frequently quickly immediately
    nevertheless nonetheless long since always consistently
    simply flatly publicly privately reportedly allegedly has have had would will could did does do not never
    just even still further already ultimately finally initially first openly angrily bluntly confidently
    proudly sharply forcefully firmly emphatically insistently specifically explicitly directly separately
    subsequently likewise similarly meanwhile however too herself himself themselves itself has't hasn't
    haven't didn't doesn't don't wouldn't won't may might can should must today yesterday tonight isn't
    isn’t wasn't wasn’t didn’t doesn’t won’t hasn’t haven’t hadn't hadn’t don’t wouldn’t aren't aren’t
    is are was were now usually been"""
)


# Role nouns (lower-case) that describe people: "Kremlin spokesman", "the Russian president".
ROLE_NOUNS: Final = _words(
    """spokesman spokeswoman spokesperson president secretary minister director adviser advisor aide manager
    chairman chairwoman chair leader nominee candidate senator congressman congresswoman governor mayor
    columnist analyst professor economist lawyer attorney official ambassador commissioner strategist pollster
    chief founder executive ceo host anchor reporter correspondent editor writer author activist businessman
    businesswoman billionaire actor actress singer rapper general envoy negotiator diplomat lawmaker
    legislator representative deputy justice judge officer sheriff prosecutor investigator researcher
    scientist expert historian pastor speaker surrogate donor premier chancellor king queen prince
    princess pope commander admiral colonel lieutenant sergeant captain coach fellow partner owner
    consultant counsel counselor head superintendent treasurer comptroller clerk whip nominee hopeful
    contender challenger incumbent rival opponent frontrunner front-runner mogul tycoon magnate pundit
    commentator blogger journalist physician doctor teacher student veteran mother father wife husband
    son daughter brother sister friend widow farmer fisherman nurse worker resident auditor engineer
    inspector councillor councilor alderman trustee architect economist banker trader Republican Democrat
    Independent developer delegate advocate member organizer organiser volunteer supporter critic
    voter protester demonstrator attendee participant witness survivor victim neighbor neighbour
    businessman entrepreneur investor broker agent landlord tenant employee employer staffer aide pilot
    driver sailor soldier miner surgeon chef mechanic firefighter guard ranger skipper dockworker steward"""
)

FEMALE_ROLES: Final = _words(
    """spokeswoman chairwoman congresswoman businesswoman actress queen princess mother wife daughter sister
    widow mrs ms miss madam lady dame"""
)
MALE_ROLES: Final = _words(
    "spokesman chairman congressman businessman king prince father husband son brother mr sir"
)

# Lower-case words that may modify a role noun: "White House press secretary", "former vice president".
ROLE_MODIFIERS: Final = _words(
    """former then acting deputy senior chief top vice press campaign communications national security
    foreign defense presidential republican democratic state federal senior junior assistant associate
    executive general special interim longtime veteran prime interior finance economy justice trade
    intelligence military political policy legal digital media senate house white chief-of-staff staff
    running mate party majority minority ranking the-then u.s. us american russian ukrainian european
    republican's democratic-leaning conservative liberal progressive independent new outgoing incoming
    retired current elected appointed designate international regional local district county city
    provincial public health homeland energy treasury education labor environmental fbi cia nsa"""
)

# Capitalised words that are titles or parts of offices, never name words.
TITLE_WORDS: Final = _words(
    """president vice secretary minister prime foreign defense defence director senator sen sen. rep rep.
    gov gov. governor mayor chancellor general gen gen. chief justice judge speaker leader chairman
    chairwoman chair congressman congresswoman spokesman spokeswoman attorney ambassador commissioner king
    queen pope mr mr. mrs mrs. ms ms. dr dr. adm adm. lt lt. col col. sgt sgt. rev rev. nominee candidate
    democrat republican democratic republican sheriff officer deputy press representative minority majority
    whip treasurer intelligence national state homeland security treasury commerce energy labor education
    health affairs interior agriculture transportation finance economy trade former acting first lady
    presidential candidate sir dame lord prof prof. professor archbishop bishop cardinal rabbi imam sheikh
    prince princess premier commander admiral colonel lieutenant sergeant captain staff house senate
    white kremlin u.s. us american russian ukrainian british french german chinese israeli iranian syrian
    european republican-led gop federal former-president justice department office"""
)

HONORIFICS: Final = _words("mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady")

# Capitalised words that make a name an organisation.
ORG_WORDS: Final = _words(
    """house department ministry committee party campaign kremlin pentagon congress senate court agency
    bureau office council commission administration reuters times post news journal press network
    association institute university college foundation center centre group company corp corp. inc inc.
    bank fund union organization organisation service police army navy government church club league board
    authority federation coalition alliance cabinet parliament duma embassy tribune herald gazette
    magazine radio television tv channel politico breitbart cnn msnbc fox bbc nbc abc cbs npr ap afp
    fbi cia nsa nato un eu gop dnc rnc aclu nra who imf opec isis taliban hamas hezbollah airlines
    motors institute laboratory lab laboratories clinic hospital school schools county city state states
    republic kingdom federation emirates sciences society trust partners holdings capital advisors
    caucus pac project watch initiative forum conference police department inquirer guardian telegraph
    economist daily weekly review monitor terminals terminal shipping lines airways airlines energy oil gas
    industries systems technologies pharmaceuticals insurance railways railway ports port authority"""
)

# Places often used as speakers for their governments ("Moscow said").
PLACES: Final = _words(
    """russia moscow ukraine kyiv kiev china beijing washington america britain london france paris germany
    berlin japan tokyo iran tehran israel jerusalem syria damascus turkey ankara poland warsaw india brazil
    mexico canada europe brussels nato pyongyang seoul korea taiwan cuba venezuela iraq baghdad
    afghanistan kabul pakistan egypt cairo saudi riyadh qatar doha belarus minsk"""
)

# Plural nouns for anonymous groups: "six sources familiar with the situation", "officials".
GROUP_NOUNS: Final = _words(
    """sources officials people analysts experts critics aides lawmakers diplomats advisers advisors residents
    witnesses observers investigators prosecutors economists scientists researchers insiders activists
    protesters supporters opponents democrats republicans voters members leaders executives authorities
    spokespeople representatives negotiators organizers organisers strategists pollsters staffers
    officers police doctors teachers students parents workers employees veterans donors delegates
    conservatives liberals progressives source official insider"""
)

NUMBER_WORDS: Final = _words(
    """one two three four five six seven eight nine ten eleven twelve several some many few numerous
    multiple various other both two-dozen dozens hundreds thousands a an the"""
)

# Capitalised words that start sentences but are not names.
CAP_STOP: Final = _words(
    """the a an this that these those it its he she they we i you his her their our my your but and or so
    yet however meanwhile in on at for from with as if when while after before although though because
    since despite still also then there here what who whom why how where which some many most both each
    every all no not now today yesterday tomorrow tonight according asked by to of over under about
    during until unless whether than like just even only more less other another such one two three
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    instead indeed yes well oh thus later earlier last next first second third among between against
    without within into onto upon through across behind beyond near following mr mrs ms dr let do does
    did is are was were be been has have had will would could should can may might must shall neither nor
    either maybe perhaps unlike whereas having"""
)

PREPOSITIONS: Final = _words(
    """of to in on at by with from about for against into onto over under between among than like toward
    towards through after before during without within upon via per including"""
)

PRONOUN_GENDER: dict[str, str | None] = {
    "he": "m",
    "she": "f",
    "they": None,
    "it": None,
    "i": None,
}

# Common first names with a clear gender: a small prior before the article's own pronouns decide.
FEMALE_NAMES: Final = _words(
    """hillary nancy sarah kellyanne elizabeth melania ivanka huma donna debbie jill carly condoleezza
    michelle angela theresa marine tulsi maria mary patricia jennifer linda barbara susan jessica karen
    lisa betty margaret sandra ashley kimberly emily carol michelle amanda melissa deborah stephanie
    rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole samantha
    katherine christine catherine emma ruth julie olivia victoria kelly christina joan evelyn judith
    megan cheryl andrea hannah martha jacqueline frances gloria ann kathryn alice jean doris julia
    grace judy denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
    charlotte rose alexis kayla hope robin janet kirsten kamala dianne claire ruth loretta valerie sheryl
    ursula kaja olena yulia liz maxine ilhan alexandria marsha susanna rachel heather katie
    tammy jeanne roberta nikki kristi sonia cathy gina janet madeleine meghan megyn kate anne
    lori carla gail joyce diane ellen kathy katy sue beth jane joanna sara melanie tina terri tracy wendy
    whitney vanessa veronica yvonne lily kristen maggie molly penny peggy rosa sally shannon sheila stacy
    tara teresa tiffany caroline chelsea connie debra eileen elaine erin eva irene jenna joni lauren lynn
    marcia meg nina nora paula phyllis rita sylvia tamara vera zoe abby betsy bonnie brooke cecile claudia
    colleen elise janice jenny lindsay lucy marianne maureen melinda miriam natasha patty pam polly"""
)

MALE_NAMES: Final = _words(
    """donald barack joe mike michael john james robert david william richard joseph thomas charles
    christopher daniel matthew anthony mark paul steven andrew kenneth joshua kevin brian george edward
    ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
    brandon benjamin samuel frank gregory raymond alexander patrick jack dennis jerry tyler aaron jose
    henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl keith roger gerald
    christian terry sean arthur austin noah lawrence jesse joe bryan billy bruce albert willie gabriel
    logan alan juan wayne roy ralph randy eugene vincent russell louis bobby philip johnny bernie ted
    marco jeb rand chris ben newt reince rudy rudolph dmitry vladimir volodymyr sergei sergey emmanuel
    boris mitt tim bill jim tom bob dick dan steve ron rick al ken hank chuck harry lindsey paul mitch
    vladimir xi recep benjamin bibi viktor olaf keir rishi narendra
    jeff greg doug pete matt dave josh nick andy tony jimmy danny eddie phil rob sam ed fred ray howard
    jon marc martin carlos luis jorge miguel pedro antonio francisco manuel ahmed omar stanley leonard
    herbert lloyd glenn dale earl curtis norman neil troy chad brett brad todd derek shawn travis corey
    cory trey francis hugh ian ross grant dean wade wesley warren reggie marcus hakeem elijah jared"""
)

# Plural speakers written without an article: "..., police said", "federal prosecutors say".
BARE_SPEAKER_PLURALS: Final = _words(
    """police officials authorities prosecutors investigators analysts experts aides officers witnesses
    organizers organisers residents critics supporters opponents economists researchers scientists lawmakers
    regulators observers diplomats doctors lawyers attorneys activists protesters strategists historians
    advocates leaders executives spokesmen negotiators forecasters respondents insiders pollsters people"""
)

# Plural records that "say" or "suggest" something without an article: "early tallies suggested", "surveys
# show", "court filings say".
EVIDENCE_PLURALS: Final = _words(
    """polls surveys data studies figures records documents numbers results returns estimates filings emails
    memos messages projections statistics"""
)

# Nouns named by a following "called X" ("a group called ..."), where "called" is no speech.
NAMED_THINGS: Final = _words(
    """group company organization organisation party pac program programme movement book film movie website
    site show firm initiative project campaign plan bill town village place fund event account app coalition
    network committee club band song album series documentary podcast newsletter game system process
    practice phenomenon technique tactic strategy policy law rule loophole scheme area region neighborhood
    city county state country ship island resort restaurant hotel store shop brand product device
    operation mission effort tour festival conference summit meeting network page blog magazine newspaper
    hashtag slogan"""
)
