"""Held-out articles, set A (writer a): three original news stories written
for the sixteenth evaluation set as they come off the web (scraped article
text with the page furniture a scraper keeps, cf. /work/shared/corpus), on
the science and health desk, at ordinary density for that beat. Real
public institutions (UCL, UK Biobank, WHO, CDC, FDA, UKHSA, NHS England,
ICER, the Lancet Commission, RNID) appear as real outlets would name them,
but the events, results, figures and every statement attributed to them
are invented; the reporters, the researchers, the outside experts, the
drugmaker Korvana Therapeutics and its drug are invented.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
three real scraped articles in /work/shared/corpus and the judgement calls
of the earlier sets (eval3-eval15) where they apply.

`hearing_aid_dementia_biobank` is a Reuters-style health wire story (an
invented UCL analysis of UK Biobank data, published in The Lancet Healthy
Longevity: hearing aid users had a lower dementia risk; the lead author, an
Edinburgh neurologist not involved in the study, WHO, the Lancet
Commission, RNID) with straight double quotes and "\\n": section line,
headline, byline, Reuters time stamp, photo caption with a
`REUTERS/.../File Photo` credit, a dateline, a newsletter sign-up line, a
"Related:" line, the credit footer and the "Our Standards" line.
Statistics: a cohort size, an age range, a 42% higher and a 23% lower
risk, a hazard ratio with a 95% CI, a rate per 100,000 person-years, "one
in four", WHO global counts, a price range in pounds with its dollar
conversion.
`whooping_cough_england_rise` is a Guardian-style health story (invented
UKHSA quarterly figures: whooping cough cases triple, three infant deaths,
maternal vaccine uptake falls; a UKHSA epidemiologist, a Bristol
paediatrician, NHS England, the Department of Health and Social Care, WHO)
with curly double quotes in the body and a curly single-quoted headline
quotation, and "\\n\\n": section line, headline, standfirst, byline,
Guardian date stamp, photo caption with a `Photograph: Getty Images`
credit, a "Related:" line and a newsletter line. Statistics: case counts,
uptake percentages, vaccination ages in weeks, a weeks range, an
effectiveness percentage, a years range, "two in five", WHO global counts.
`korvana_blood_pressure_pill_fda` is an AP medical writer story as picked
up by a paper's website (invented FDA approval of a new class of blood
pressure pill; CDC figures, trial results with doses in milligrams, the
list price, an ICER draft report, an advisory panel vote, an outside
cardiologist, the company's chief executive) with curly double quotes and
"\\n": section line, headline, capitalised AP byline, "Published ... ET"
stamp, a `FILE -` caption with an `(AP Photo/..., File)` credit, a
dateline, the AP Health and Science Department support boilerplate and a
correction note.

Judgement calls made where the guidelines leave room (earlier sets' calls
followed: approximators inside the span; years, dates, clock times and
ordinals no FIGUREs; titles and job descriptions dropped from names,
honorifics kept (`Dr.`, `Dr`, `Professor`); a bare number whose counted
noun does not follow is a FIGURE of the number alone; an adjective between
number and noun ends the span, a noun modifier stays; a numeral referring
back to a known group is no FIGURE; `X in Y` rates are one FIGURE valued
as a decimal; a rate per population is one FIGURE valued by its count; a
range is one FIGURE `low-high`, a change `from X to Y` / `down from` two;
`millions` is an inexact FIGURE with an empty value; fractions without a
number word (`Nearly half`) no FIGUREs; hyphenated vote tallies keep the
value as written (`11-2`); headline, standfirst, byline, stamps, section
lines, captions and credits, datelines, newsletter, `Related:`,
boilerplate and correction lines get no CLAIM, their QUOTEs and FIGUREs
are marked; the outlet's own reporting has an empty claimant, as in the
corpus gold and every earlier set):
- Statistics as in eval13: `(hazard ratio 0.77; 95% CI, 0.68 to 0.87)`
  gives `0.77` (the label stays out) and the CI range `0.68 to 0.87`
  (`0.68-0.87`); `95%` names the kind of interval: no FIGURE. `a 23%
  lower risk`, `a 42% higher risk` -> `23%`, `42%`. `97 cases per 100,000
  person-years` is one FIGURE valued 97. `an average of 9.8 points` ->
  `9.8 points` (`an average of` is no approximator, eval14).
- `about one in four study participants` keeps the noun-modifier noun
  (`study`) in the span (0.25); `about one in four` with `of them` after it
  is the bare rate (0.25); `roughly two in five` before the adjective
  `pregnant` ends there (0.4).
- Money: `between 1,000 and 3,500 pounds` is one range (1000-3500); its
  bracketed dollar conversion `$1,280-$4,480` is a second FIGURE, itself
  a range (1280-4480), as eval14 marks conversions. `$730 for a month's
  supply` / `$730 monthly price tag` -> `$730` (the adjective `monthly`
  ends the span; a per-unit tail stays out, eval13/eval14); `about
  $8,760 a year`; `less than $10 a month` -> `less than $10`; `$25 a month
  or less` -> `$25` (the trailing `or less` stays out like eval14's `and
  above`); `between $2,900 and $4,100` one range.
- Doses keep their unit (`10 milligrams`); `5-milligram` is a hyphenated
  compound. `the higher of two doses` -> `two doses` (a count, not a
  reference back). `at least two other medications` and `Two other
  drugmakers`: the adjective `other` ends the span (`at least two`,
  `Two`). `three pills` in the cardiologist's quotation is a count.
- Ages and durations: `aged 40 to 69` -> `40 to 69` (`40-69`); `under
  three months old` -> `under three months` (eval9's `under five` with the
  unit that follows; `old` does not join); `children under five` ->
  `under five`; `given at eight, 12 and 16 weeks of age` lists three ages:
  `eight`, `12` and `16 weeks` (bare numbers where the noun does not
  follow); `ideally between 20 and 32 weeks` one range; `in the first
  three months of 2026` -> `three months` (the ordinal stays out, eval9);
  `five-year-olds` a hyphenated compound.
- `All three babies who died` refers back to the three deaths of the lede,
  and `the two groups of people with hearing loss` to the users and
  non-users just described: no FIGURE. `in its 977 participants` is the
  first count of the ACHIEVE trial's participants: FIGURE.
- `“the 100-day cough”` is a nickname in quotation marks: no QUOTE, and
  the number inside the name is no FIGURE. `once-daily` holds no number
  word (`once`, like `twice`, is no FIGURE). `the 2012 outbreak` holds only a
  year; `7am BST` is a clock time.
- Claimants: published research is named by its university (eval9,
  eval13): `researchers at University College London reported`, `the
  researchers wrote / found / said` -> `University College London`; the
  lead author's reported speech -> `Rao`, named as in the sentence (the
  quotation tagged with the full name -> `Dr. Kavita Rao`, `lead author`
  and `an epidemiologist at ...` dropped). `The study, published in ...,
  followed ...` and other study facts with no tag are the outlet's voice.
  `A 2024 report by the Lancet Commission on dementia prevention,
  intervention and care estimated` -> that commission; `according to the
  Royal National Institute for Deaf People` -> RNID's full name. `the UK
  Health Security Agency (UKHSA) has said` -> `UK Health Security Agency`
  (the bracketed abbreviation is not part of the name, eval14); `according
  to provisional data published by the agency` -> the agency at its
  nearest mention, `UK Health Security Agency`; later sentences that name
  it `UKHSA` themselves (`according to UKHSA`, `UKHSA said`) -> `UKHSA`
  (eval13's C3S). `the FDA said` -> `FDA`; `the company said` -> the
  company's name at its nearest mention (`Korvana Therapeutics` after the
  paragraph that names it so, `Korvana` after `Korvana said`).
- An approval reported as an act (`U.S. regulators on Thursday approved
  ...`, `The Food and Drug Administration cleared ...`, `a panel ... voted
  11-2 ...`) is in the wire's voice, claimant empty (eval14's court acts).
  `The agency is not required to follow its advisers' recommendations but
  usually does.` is a checkable general practice in the wire's voice.
- `Dr. Aaron Pell, called the launch price “...”` passes on a position
  (eval10's `called the figures "..."`): CLAIM with him as claimant, the
  partial quotation a QUOTE (its full stop inside the marks).
- Quotation plus tag: CLAIM when the quoted words assert something
  checkable (Rao's `The association held in men and women ...`, Okonjo's
  `more cases in young babies than at any time since the 2012 outbreak`,
  Whitcombe's clinic figure); no CLAIM for caveats, opinions, appeals and
  justifications (Rao's `a study like this can't prove ...`, Ebbesen's
  `plenty of good reasons`, Okonjo's `please don't wait`, Whitcombe's
  `failure of the system`, the DHSC spokesperson's colon-introduced
  `Vaccines are the best defence ... we urge ...`, Feld's two sentences,
  the chief executive's pricing justification).
- The headline quotation `‘Please don’t wait’` is the epidemiologist's
  words as the body gives them (lower-cased there): a QUOTE with the
  speaker named as at her naming mention in the body, `Dr Rachel Okonjo`
  (eval11's headline quotation). Its apostrophe is the same character as
  the closing mark; the span ends at the closing mark after `wait`.
- Newsletter lines (`Get the latest health news ... Sign up here.`, `Sign
  up to First Edition ...`), `Our Standards: ...`, the AP support
  boilerplate and the correction note (a note about the article, eval13)
  get no CLAIM; the correction note's `$730` and `$830` are FIGUREs.
  The `FILE -` caption is a caption; its credit is its own item.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. hearing_aid_dementia_biobank: Reuters-style health wire, straight
#    double quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["hearing_aid_dementia_biobank"] = dict(nl="\n", paras=[
    [S('''Healthcare & Pharmaceuticals''', N, why="Section line: furniture.")],
    [S('''Hearing aid users had lower dementia risk in study of 437,000 Britons''',
       N, why="Headline: no CLAIM; its FIGURE is marked.",
       f=[("437,000 Britons", "437000")])],
    [S('''By Mara Lindqvist''', N, why="Byline.")],
    [S('''March 12, 2026 9:41 AM GMT''', N, why="Time stamp: a date and a clock time, no FIGURE.")],
    [
        S('''A woman adjusts her hearing aid at an audiology clinic in London, Britain, March 4, 2026.''',
          N, why="Photo caption: no CLAIM; the date is no FIGURE."),
        S('''REUTERS/Jonah Feld/File Photo''', N, why="Photo credit (part of the caption line)."),
    ],
    [
        S('''LONDON, March 12 (Reuters) -''',
          N, why="Dateline: its own item before the first sentence, as in earlier sets."),
        S('''People with hearing loss who used hearing aids were less likely to develop dementia over roughly 12 years than those who went without, researchers at University College London reported on Thursday.''',
          "University College London", why="The lede passes on published research; the team is named by its university (eval9, eval13).",
          f=[("roughly 12 years", "12")]),
    ],
    [
        S('''Get the latest health news and research with our weekly Health Rounds newsletter.''',
          N, why="Newsletter sign-up line: boilerplate."),
        S('''Sign up here.''', N, why="Newsletter sign-up line (continued): boilerplate."),
    ],
    [
        S('''The study, published in The Lancet Healthy Longevity, followed 437,012 adults aged 40 to 69 who joined the UK Biobank research project between 2006 and 2010, of whom about 11% reported difficulty hearing.''',
          "", why="Facts about the study with no tag: the outlet's voice. An age range is one FIGURE; 'between 2006 and 2010' is a year span.",
          f=[("437,012 adults", "437012"), ("40 to 69", "40-69"), ("about 11%", "11")]),
    ],
    [
        S('''Among those with hearing loss, people who did not use a hearing aid had a 42% higher risk of developing dementia than people with normal hearing, while those who used one had no increased risk, the researchers wrote.''',
          "University College London", why="'the researchers wrote' passes on the team's finding: their university. The adjective 'higher' ends the span; 'used one' is a pronoun.",
          f=[("42%", "42")]),
    ],
    [
        S('''Comparing the two groups of people with hearing loss directly, the researchers found that hearing aid users had a 23% lower risk of dementia (hazard ratio 0.77; 95% CI, 0.68 to 0.87) after adjusting for age, sex, education, income, smoking and other health conditions.''',
          "University College London", why="'the researchers found': the university. 'the two groups' refers back to users and non-users: no FIGURE. The hazard-ratio label stays out; the CI is one range; '95%' names the kind of interval (eval13).",
          f=[("23%", "23"), ("0.77", "0.77"), ("0.68 to 0.87", "0.68-0.87")]),
    ],
    [
        S('''Over the follow-up period, 5,090 participants developed dementia, a rate of 97 cases per 100,000 person-years.''',
          "", why="Result with no tag: the outlet's voice. A rate per population is one FIGURE valued by its count (eval9, eval13).",
          f=[("5,090 participants", "5090"), ("97 cases per 100,000 person-years", "97")]),
    ],
    [
        S('''"The association held in men and women, in smokers and non-smokers, and in every age group we looked at," said lead author Dr. Kavita Rao, an epidemiologist at UCL's Ear Institute.''',
          "Dr. Kavita Rao", why="Quotation plus inverted tag asserting a checkable subgroup result (as eval13's 'It held in men and women'). 'lead author' and the job description are dropped, 'Dr.' kept.",
          q=[('''"The association held in men and women, in smokers and non-smokers, and in every age group we looked at,"''', "Dr. Kavita Rao")]),
        S('''"But a study like this can't prove that hearing aids prevent dementia."''',
          N, why="Continuation quotation: a caveat about what the study design can show, not a checkable fact about the world.",
          q=[('''"But a study like this can't prove that hearing aids prevent dementia."''', "Dr. Kavita Rao")]),
    ],
    [
        S('''Rao said a possible explanation was that untreated hearing loss forces the brain to work harder to make sense of sound, leaving fewer resources for memory and thinking, and that it often leads to social isolation, itself a risk factor for dementia.''',
          "Rao", why="Reported speech (a hypothesis she offered; that she said it is checkable), named as in the sentence."),
    ],
    [
        S('''Only about one in four study participants who reported hearing problems said they used a hearing aid, the researchers found.''',
          "University College London", why="'the researchers found': the university. 'X in Y' rate with its noun-modifier noun in the span, valued 0.25.",
          f=[("about one in four study participants", "0.25")]),
    ],
    [
        S('''The World Health Organization estimates that more than 1.5 billion people worldwide live with some degree of hearing loss, about 430 million of whom need treatment or rehabilitation.''',
          "World Health Organization", why="The agency's estimate. 'about 430 million' counts people named before it: number and scale word alone.",
          f=[("more than 1.5 billion people", "1500000000"), ("about 430 million", "430000000")]),
    ],
    [
        S('''A 2024 report by the Lancet Commission on dementia prevention, intervention and care estimated that 14 modifiable risk factors, including hearing loss and high cholesterol, account for about 45% of dementia cases worldwide.''',
          "Lancet Commission on dementia prevention, intervention and care", why="The commission's estimate; the article goes. '2024' is a year; the adjective 'modifiable' ends the span.",
          f=[("14", "14"), ("about 45%", "45")]),
    ],
    [
        S('''Dr. Marcus Ebbesen, a neurologist at the University of Edinburgh who was not involved in the study, said the findings were "consistent and biologically plausible" but that people who choose to wear hearing aids may differ in ways the researchers could not measure, such as being more health-conscious.''',
          "Dr. Marcus Ebbesen", why="Reported speech with a partial quotation; job description dropped, 'Dr.' kept.",
          q=[('''"consistent and biologically plausible"''', "Dr. Marcus Ebbesen")]),
        S('''He noted that the only large randomised trial so far, the U.S. ACHIEVE study, found that fitting hearing aids did not slow cognitive decline over three years in its 977 participants as a whole, although it did in a subgroup of older adults at higher risk.''',
          "Dr. Marcus Ebbesen", why="Reported speech; 'He' resolves to the nearest naming mention. '977 participants' is a new count (the trial's size).",
          f=[("three years", "3"), ("977 participants", "977")]),
    ],
    [
        S('''"Even if the true effect turns out to be smaller than this, there are plenty of good reasons to treat hearing loss," he said.''',
          N, why="Quotation plus tag: an opinion. 'he' resolves to Dr. Marcus Ebbesen.",
          q=[('''"Even if the true effect turns out to be smaller than this, there are plenty of good reasons to treat hearing loss,"''', "Dr. Marcus Ebbesen")]),
    ],
    [
        S('''NHS hearing aids are free in Britain, but patients in England can wait up to 18 weeks for an audiology appointment, while private hearing aids typically cost between 1,000 and 3,500 pounds ($1,280-$4,480) a pair, according to the Royal National Institute for Deaf People.''',
          "Royal National Institute for Deaf People", why="'according to' the charity. The price range is one FIGURE; its bracketed dollar conversion is a second FIGURE, also a range.",
          f=[("up to 18 weeks", "18"), ("between 1,000 and 3,500 pounds", "1000-3500"), ("$1,280-$4,480", "1280-4480")]),
    ],
    [
        S('''The researchers said a randomised trial would be needed to show whether fitting hearing aids earlier in life could prevent or delay dementia.''',
          "University College London", why="Reported speech of the research team: their university."),
        S('''The study was funded by the National Institute for Health and Care Research and the charity Alzheimer's Research UK.''',
          "", why="A checkable fact about the study in the outlet's voice."),
    ],
    [S('''Related: Shingles vaccine linked to 20% lower dementia risk in Welsh records study''',
       N, why="'Related:' line: furniture; its FIGURE is marked ('lower' ends the span).",
       f=[("20%", "20")])],
    [S('''Reporting by Mara Lindqvist in London; Editing by Tom Ashdown''', N, why="Credit footer.")],
    [S('''Our Standards: The Thomson Reuters Trust Principles.''', N, why="Site boilerplate.")],
])

# ---------------------------------------------------------------------------
# 2. whooping_cough_england_rise: Guardian-style health story, curly double
#    quotes in the body (curly single in the headline), "\n\n"
# ---------------------------------------------------------------------------
ARTICLES["whooping_cough_england_rise"] = dict(nl="\n\n", paras=[
    [S("Vaccines and immunisation", N, why="Section line: furniture.")],
    [S("‘Please don’t wait’: whooping cough cases in England triple as jab uptake in pregnancy falls",
       N, why="Headline: no CLAIM. The quotation (three words) is a QUOTE, given to the speaker as named at her naming mention in the body; 'triple' is no FIGURE.",
       q=[("‘Please don’t wait’", "Dr Rachel Okonjo")])],
    [S("Health officials urge pregnant women to get vaccinated after three infant deaths in the first three months of the year",
       N, why="Standfirst: no CLAIM; its FIGUREs are marked. 'infant' is a noun modifier and stays; the ordinal 'first' stays out.",
       f=[("three infant deaths", "3"), ("three months", "3")])],
    [S("Ellie Marston Health correspondent", N, why="Byline.")],
    [S("Thu 12 Mar 2026 12.01 GMT", N, why="Date stamp: a date and a clock time.")],
    [
        S("A baby receives a vaccination at a GP surgery in Manchester.",
          N, why="Photo caption: no CLAIM."),
        S("Uptake of the whooping cough vaccine in pregnancy has fallen for eight years in a row.",
          N, why="Photo caption (second sentence): no CLAIM; its FIGURE is marked.",
          f=[("eight years", "8")]),
        S("Photograph: Getty Images", N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("Cases of whooping cough in England have more than tripled in a year, with 4,210 confirmed cases in the first three months of 2026, and three babies have died, the UK Health Security Agency (UKHSA) has said.",
          "UK Health Security Agency", why="The lede passes on the agency's figures; the bracketed abbreviation is not part of the name. The adjective 'confirmed' ends the span; 'more than tripled' and 'a year' hold no number word.",
          f=[("4,210", "4210"), ("three months", "3"), ("three babies", "3")]),
    ],
    [
        S("That compares with 1,290 cases in the same period last year, according to provisional data published by the agency on Thursday.",
          "UK Health Security Agency", why="'according to ... data published by the agency': the agency at its nearest mention.",
          f=[("1,290 cases", "1290")]),
    ],
    [
        S("All three babies who died were under three months old, too young to have been fully protected by their own vaccinations, which are given at eight, 12 and 16 weeks of age.",
          "", why="No tag: the outlet's voice. 'All three babies' refers back to the lede's deaths: no FIGURE. 'under' is an approximator (eval9); the three ages are three FIGUREs, bare numbers where the noun does not follow.",
          f=[("under three months", "3"), ("eight", "8"), ("12", "12"), ("16 weeks", "16")]),
    ],
    [
        S("Vaccination in pregnancy, ideally between 20 and 32 weeks, passes protective antibodies to the baby and is more than 90% effective at preventing deaths in infants too young to be vaccinated, according to UKHSA.",
          "UKHSA", why="'according to UKHSA': the name as the sentence gives it (eval13's C3S). A range of weeks is one FIGURE.",
          f=[("between 20 and 32 weeks", "20-32"), ("more than 90%", "90")]),
        S("But uptake of the maternal vaccine in England fell to 58.3% in December, down from 72.6% in 2017, UKHSA said.",
          "UKHSA", why="Reported figures of the agency, named as in the sentence. A level and an earlier level: two FIGUREs; '2017' is a year.",
          f=[("58.3%", "58.3"), ("72.6%", "72.6")]),
    ],
    [
        S("“We are now seeing more cases in young babies than at any time since the 2012 outbreak,” said Dr Rachel Okonjo, a consultant epidemiologist at UKHSA.",
          "Dr Rachel Okonjo", why="Quotation plus inverted tag asserting a checkable comparison with past years. Job description dropped, 'Dr' kept; '2012' is a year.",
          q=[("“We are now seeing more cases in young babies than at any time since the 2012 outbreak,”", "Dr Rachel Okonjo")]),
        S("“If you are pregnant, please don’t wait – speak to your midwife or GP about getting the vaccine.”",
          N, why="Continuation quotation: an appeal, not a checkable fact.",
          q=[("“If you are pregnant, please don’t wait – speak to your midwife or GP about getting the vaccine.”", "Dr Rachel Okonjo")]),
    ],
    [
        S("Dr Okonjo said cases had risen in every region of England, with the highest rates in London and the north-west, and that teenagers and adults were also being infected and could pass the bacteria on to babies.",
          "Dr Okonjo", why="Reported speech, named as in the sentence."),
    ],
    [
        S("Whooping cough, or pertussis, is a bacterial infection of the lungs and airways that causes bouts of coughing that can last for up to three months, which is why it is sometimes called “the 100-day cough”.",
          "", why="A general medical fact in the outlet's voice. The quoted nickname is no QUOTE and the number inside it no FIGURE.",
          f=[("up to three months", "3")]),
        S("Babies are most at risk of serious complications, including pneumonia and brain damage.",
          "", why="A checkable general medical fact in the outlet's voice."),
    ],
    [
        S("Cases tend to peak every three to five years, and England last had a large outbreak in 2024, when 14,894 cases were confirmed and 10 babies died.",
          "", why="No tag: the outlet's voice. A range of years is one FIGURE; '2024' is a year.",
          f=[("three to five years", "3-5"), ("14,894 cases", "14894"), ("10 babies", "10")]),
    ],
    [
        S("Globally, the World Health Organization estimates that there are more than 24 million cases of whooping cough each year and about 160,000 deaths among children under five.",
          "World Health Organization", why="The agency's estimate. 'under five' is an age with 'under' as approximator (eval9).",
          f=[("more than 24 million cases", "24000000"), ("about 160,000 deaths", "160000"), ("under five", "5")]),
    ],
    [
        S("Professor Alan Whitcombe, a paediatric infectious diseases specialist at the University of Bristol who was not involved in the report, said falling trust in vaccines and difficulty getting midwife appointments were both likely to be playing a part.",
          "Professor Alan Whitcombe", why="Reported speech (his assessment; that he said it is checkable). 'Professor' kept, job description dropped."),
    ],
    [
        S("“In our antenatal clinic, roughly two in five pregnant women tell us nobody offered them the jab,” he said.",
          "Professor Alan Whitcombe", why="Quotation plus tag asserting a checkable figure from his clinic. The adjective 'pregnant' ends the rate FIGURE (0.4). 'he' resolves to the nearest naming mention.",
          q=[("“In our antenatal clinic, roughly two in five pregnant women tell us nobody offered them the jab,”", "Professor Alan Whitcombe")],
          f=[("roughly two in five", "0.4")]),
        S("“That is a failure of the system, not of those women.”",
          N, why="Continuation quotation: a judgement.",
          q=[("“That is a failure of the system, not of those women.”", "Professor Alan Whitcombe")]),
    ],
    [
        S("NHS England said it had written to all GP practices and maternity units asking them to offer the vaccine at every antenatal appointment from 20 weeks, and that a campaign aimed at expectant parents would begin on social media next week.",
          "NHS England", why="Reported statement of the body (an act and a plan).",
          f=[("20 weeks", "20")]),
    ],
    [
        S("A Department of Health and Social Care spokesperson said: “Vaccines are the best defence against whooping cough, and we urge every eligible pregnant woman to take up the offer.”",
          N, why="Colon-introduced quotation (eval7/eval11): stands or falls with the quoted words, a judgement and an appeal. An unnamed spokesperson keeps the description without the article.",
          q=[("“Vaccines are the best defence against whooping cough, and we urge every eligible pregnant woman to take up the offer.”", "Department of Health and Social Care spokesperson")]),
    ],
    [S("Related: MMR uptake among five-year-olds in England falls to lowest level in 15 years",
       N, why="'Related:' line: furniture; its FIGUREs are marked ('five-year-olds' a hyphenated compound).",
       f=[("five-year-olds", "5"), ("15 years", "15")])],
    [S("Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST",
       N, why="Newsletter line: boilerplate; '7am BST' is a clock time.")],
])

# ---------------------------------------------------------------------------
# 3. korvana_blood_pressure_pill_fda: AP medical writer copy on a paper's
#    site, curly double quotes, "\n", correction note
# ---------------------------------------------------------------------------
ARTICLES["korvana_blood_pressure_pill_fda"] = dict(nl="\n", paras=[
    [S("NATION & WORLD › HEALTH", N, why="Section line: furniture.")],
    [S("FDA approves first new type of blood pressure pill in decades, with a $730 monthly price tag",
       N, why="Headline: no CLAIM; its FIGURE is marked ('monthly' is an adjective and ends the span). 'first' is an ordinal.",
       f=[("$730", "730")])],
    [S("By LAURA CHAVEZ AP Medical Writer", N, why="Byline.")],
    [S("Published March 12, 2026 at 4:12 p.m. ET", N, why="Date stamp: a date and a clock time.")],
    [
        S("FILE - A nurse checks a patient’s blood pressure at a community health clinic in Jackson, Miss., Aug. 8, 2024.",
          N, why="Photo caption: no CLAIM; the date is no FIGURE."),
        S("(AP Photo/Dana Morrow, File)", N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("WASHINGTON (AP) —", N, why="Dateline: its own item before the first sentence."),
        S("U.S. regulators on Thursday approved the first drug in a new class of blood pressure medicines, giving doctors another option for millions of Americans whose hypertension is not controlled by existing pills.",
          "", why="The approval is reported as an act in the wire's voice (eval14). 'millions' is inexact: empty value, the word alone ('of' stands before the noun).",
          f=[("millions", "")]),
    ],
    [
        S("The Food and Drug Administration cleared Korvana Therapeutics’ once-daily pill zeltodrostat, to be sold as Presura, for adults whose blood pressure stays high despite taking at least two other medications.",
          "", why="The regulator's act in the wire's voice. 'once-daily' holds no number word; the adjective 'other' ends the span.",
          f=[("at least two", "2")]),
        S("The drug works by blocking the body’s production of aldosterone, a hormone that makes the kidneys hold on to salt and water and drives up blood pressure.",
          "", why="A checkable pharmacological fact in the wire's voice."),
    ],
    [
        S("Nearly half of U.S. adults — about 120 million people — have high blood pressure, and only about one in four of them have it under control, according to the Centers for Disease Control and Prevention.",
          "Centers for Disease Control and Prevention", why="'according to' the agency. 'Nearly half' has no number word; 'about one in four' is a rate (0.25) with no noun after it.",
          f=[("about 120 million people", "120000000"), ("about one in four", "0.25")]),
    ],
    [
        S("The FDA based its decision on a study of 1,260 adults with uncontrolled hypertension.",
          "", why="No tag: the wire's voice.",
          f=[("1,260 adults", "1260")]),
        S("After 12 weeks, those taking the higher of two doses, 10 milligrams, saw their systolic blood pressure — the top number in a reading — fall by an average of 9.8 points more than those given a dummy pill.",
          "", why="Trial result in the wire's voice. Doses keep their unit; 'an average of' is no approximator (eval14); 'more' ends the span.",
          f=[("12 weeks", "12"), ("two doses", "2"), ("10 milligrams", "10"), ("9.8 points", "9.8")]),
        S("A 5-milligram dose lowered it by 7.1 points more than the dummy pill, the company said.",
          "Korvana Therapeutics", why="'the company' resolves to its name at the nearest mention. '5-milligram' is a hyphenated compound.",
          f=[("5-milligram", "5"), ("7.1 points", "7.1")]),
    ],
    [
        S("“For patients who are already on three pills and still not at their goal, this gives us something genuinely new to try,” said Dr. Naomi Feld, a hypertension specialist at Emory University who was not involved in the research.",
          N, why="Quotation plus inverted tag: an opinion. Job description dropped, 'Dr.' kept; 'three pills' is a count.",
          q=[("“For patients who are already on three pills and still not at their goal, this gives us something genuinely new to try,”", "Dr. Naomi Feld")],
          f=[("three pills", "3")]),
        S("“But we will need to watch potassium levels closely, especially in people with kidney disease.”",
          N, why="Continuation quotation: advice/caution about the future.",
          q=[("“But we will need to watch potassium levels closely, especially in people with kidney disease.”", "Dr. Naomi Feld")]),
    ],
    [
        S("The most common side effect in the study was a rise in blood potassium, seen in about 6% of patients on the higher dose and 2% of those on placebo.",
          "", why="Trial result in the wire's voice.",
          f=[("about 6%", "6"), ("2%", "2")]),
        S("The drug’s label tells doctors to check potassium within four weeks of starting treatment, the FDA said.",
          "FDA", why="Reported statement of the agency, named as in the sentence.",
          f=[("four weeks", "4")]),
    ],
    [
        S("Korvana said Presura would have a list price of $730 for a month’s supply, or about $8,760 a year, and would reach pharmacies within three weeks.",
          "Korvana", why="Reported speech of the company, named as in the sentence. Money spans end at the amount ('a month's supply', 'a year' stay out).",
          f=[("$730", "730"), ("about $8,760", "8760"), ("three weeks", "3")]),
        S("Most generic blood pressure pills cost less than $10 a month.",
          "", why="A checkable price comparison in the wire's voice; 'less than' is an approximator.",
          f=[("less than $10", "10")]),
    ],
    [
        S("The company said it expected most patients with commercial insurance to pay $25 a month or less through a copay assistance program.",
          "Korvana", why="'The company' resolves to the name at the nearest mention ('Korvana'). The trailing 'or less' stays out (eval14's 'and above').",
          f=[("$25", "25")]),
        S("“We priced Presura to reflect the value it brings to patients who have run out of options,” CEO Daniel Reyes said in a statement.",
          N, why="Quotation plus tag: a justification of the price, not a checkable fact. 'CEO' is a job title and goes.",
          q=[("“We priced Presura to reflect the value it brings to patients who have run out of options,”", "Daniel Reyes")]),
    ],
    [
        S("The Institute for Clinical and Economic Review, a nonprofit group that evaluates drug prices, said in a draft report in January that the drug would be cost-effective at between $2,900 and $4,100 a year.",
          "Institute for Clinical and Economic Review", why="Reported finding of the institute; the article goes. A money range is one FIGURE.",
          f=[("between $2,900 and $4,100", "2900-4100")]),
        S("The group’s chief medical officer, Dr. Aaron Pell, called the launch price “hard to justify for a pill people may take for the rest of their lives.”",
          "Dr. Aaron Pell", why="'called ... \"...\"' passes on a position (eval10): CLAIM. Job description dropped; the full stop inside the marks is in the QUOTE.",
          q=[("“hard to justify for a pill people may take for the rest of their lives.”", "Dr. Aaron Pell")]),
    ],
    [
        S("In December, a panel of outside advisers to the FDA voted 11-2 that the drug’s benefits outweighed its risks.",
          "", why="A vote reported as an event in the wire's voice. A hyphenated vote tally is one FIGURE with the value as written (eval14).",
          f=[("11-2", "11-2")]),
        S("The agency is not required to follow its advisers’ recommendations but usually does.",
          "", why="A checkable general practice in the wire's voice."),
    ],
    [
        S("Two other drugmakers, AstraZeneca and Mineralys Therapeutics, are testing pills that work the same way.",
          "", why="Wire's voice. The adjective 'other' ends the span: FIGURE 'Two' (it introduces the two companies, not a reference back).",
          f=[("Two", "2")]),
    ],
    [
        S("The Associated Press Health and Science Department receives support from the Howard Hughes Medical Institute’s Department of Science Education and the Robert Wood Johnson Foundation.",
          N, why="AP support boilerplate: furniture."),
        S("The AP is solely responsible for all content.", N, why="AP boilerplate (continued)."),
    ],
    [
        S("Correction: This story has been corrected to show that Presura’s list price is $730 a month, not $830.",
          N, why="Correction note about the article (eval13): furniture; its FIGUREs are marked.",
          f=[("$730", "730"), ("$830", "830")]),
    ],
])
