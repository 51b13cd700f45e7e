"""Held-out articles, set C: three original news stories written for this
evaluation set (a sports story, an environment/weather story and an
international story), as ordinary newspaper copy of normal density, with
quotations attributed in the many ways reporters write them: `X said`,
`said X`, appositive descriptions, tags in the middle of a quotation or
of a sentence, `according to`, `told the broadcaster`, `said in a
statement`, `wrote on social media`, pronoun and descriptive tags, a
speaker named only in the next sentence, unnamed speakers, partial quotes
inside reported speech, a quote inside a quote, quotations of several
sentences and one running over two paragraphs.

Every person, team, race, company, agency, town, river, country, news
organisation and broadcaster named here is invented.

Conventions taken where the guidelines leave room (the `why` of the
sentences concerned repeats them):
- `Dr.` is kept in `speaker`/`claimant` as an honorific (like `Mr.`);
  `Mayor`, `Foreign Minister`, `Race director` are job titles and go.
- Speakers and claimants use the form of the name at the nearest mention
  (`Dr. Helene Voss` in the paragraph that names her in full, `Quillen`
  after `Quillen added`).
- A quotation that runs over two paragraphs (reporters' style: no closing
  mark at the end of the first paragraph, a fresh opening mark at the start
  of the next) is marked as two QUOTEs, one per paragraph: the first from
  its opening mark to the end of its paragraph, the second from its opening
  mark to its closing mark.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. Sports: crash in a stage race. Curly quotes, "\n" line endings.
# ---------------------------------------------------------------------------
ARTICLES["cycling_race_crash"] = dict(nl="\n", paras=[
    [S("Jonas Verhelst of Halvard-Orsen was taken to hospital on Thursday after a crash that brought down more than 20 riders on the sixth stage of the Tour de Marenne, throwing the fight for the overall lead wide open with three days of racing left.", "",
       f=[("more than 20 riders", "20"), ("three days", "3")])],
    [S("The crash happened about 42 kilometres from the finish in Sauvel, on a narrow descent where the peloton was travelling at close to 70 kilometres an hour.", "",
       f=[("about 42 kilometres", "42"), ("close to 70 kilometres an hour", "70")])],
    [S("Verhelst, who started the day second overall, hit a traffic island at the bottom of the descent and went over his handlebars, his team said.", "Halvard-Orsen",
       why="`his team` resolves to the team named in the first paragraph; `second` is an ordinal, not a FIGURE"),
     S("Riders behind him had nowhere to go.", N,
       why="scene-setting description of the pile-up; the checkable facts of the crash are in the surrounding sentences")],
    [S("“He was conscious and talking when I reached him, which is the most important thing,” said Dr. Helene Voss, the race’s chief medical officer.", "Dr. Helene Voss",
       why="the quotation asserts a checkable fact (conscious and talking); `Dr.` kept as an honorific, `chief medical officer` is a job title",
       q=[("“He was conscious and talking when I reached him, which is the most important thing,”", "Dr. Helene Voss")]),
     S("“He has a suspected fracture of the left collarbone and deep cuts to his arm and hip.”", "Dr. Helene Voss",
       why="quotation without a tag continuing the speaker of the previous sentence; a checkable medical fact",
       q=[("“He has a suspected fracture of the left collarbone and deep cuts to his arm and hip.”", "Dr. Helene Voss")])],
    [S("She said the 27-year-old would stay overnight in hospital in Lorrac for scans and that a decision on whether he could start Friday’s stage would be made in the morning.", "Dr. Helene Voss",
       why="reported speech; `She` resolves to Dr. Helene Voss",
       f=[("27-year-old", "27")])],
    [S("At least eight other riders were treated at the roadside for cuts and bruises, according to Marenne Events, the race organiser, and all of them finished the stage.", "Marenne Events",
       why="`according to`; the FIGURE stops before the adjective `other`",
       f=[("At least eight", "8")])],
    [S("Marta Quillen, Halvard-Orsen’s sporting director, said the team had warned the organisers about the traffic island before the race.", "Marta Quillen"),
     S("“We sent them photographs of it in March,” she said.", "Marta Quillen",
       why="quotation asserts a checkable event; `she` resolves to Marta Quillen; `March` is a date, not a FIGURE",
       q=[("“We sent them photographs of it in March,”", "Marta Quillen")]),
     S("“Nobody moved it, nobody padded it, and on the day there was no marshal standing in front of it.”", "Marta Quillen",
       why="checkable assertion about the course on race day",
       q=[("“Nobody moved it, nobody padded it, and on the day there was no marshal standing in front of it.”", "Marta Quillen")])],
    [S("“This is not the first time riders have come down there,” Quillen added, “and if nothing changes it will not be the last.”", "Quillen",
       why="one sentence split by its tag, so two QUOTEs; the first half (earlier crashes at the spot) is checkable, which makes the sentence a CLAIM although the second half is a prediction",
       q=[("“This is not the first time riders have come down there,”", "Quillen"),
          ("“and if nothing changes it will not be the last.”", "Quillen")])],
    [S("In a statement, Marenne Events said the descent had been inspected on two separate days in the week before the stage and that “every safety measure required by the regulations” had been in place.", "Marenne Events",
       why="partial quote inside reported speech; the FIGURE stops before the adjective `separate`",
       q=[("“every safety measure required by the regulations”", "Marenne Events")],
       f=[("two", "2")]),
     S("“The safety of the riders has always been our absolute priority,” the statement said.", N,
       why="the quotation states a priority, not a checkable fact; `the statement` resolves to Marenne Events",
       q=[("“The safety of the riders has always been our absolute priority,”", "Marenne Events")])],
    [S("Race director Paul Ardenne told the broadcaster Radio Sauvel that the island had been marked with a flag and a marshal with a whistle, as it is at every stage.", "Paul Ardenne",
       why="`Race director` is a job title and is dropped from the claimant"),
     S("“We will study the images again tonight with the teams,” he said.", N,
       why="a stated plan, not a checkable fact",
       q=[("“We will study the images again tonight with the teams,”", "Paul Ardenne")])],
    [S("Tomás Irigoyen of Brisa Verde, who already held the race lead, stayed clear of the pile-up and finished in a front group of 14 riders, stretching his advantage to nearly two minutes.", "",
       f=[("14 riders", "14"), ("nearly two minutes", "2")])],
    {"s": [
        S("“Nobody wants to win a race like this,” the 31-year-old said after the finish.", N,
          why="the quotation is a sentiment; `the 31-year-old` resolves to Tomás Irigoyen; the age is still a FIGURE",
          q=[("“Nobody wants to win a race like this,”", "Tomás Irigoyen")],
          f=[("31-year-old", "31")]),
        S("“I waited behind the podium for news of Jonas.", "Tomás Irigoyen",
          why="first sentence of a two-sentence quotation; reports what he did"),
        S("When someone told me he was talking, I could breathe again.”", N,
          why="second sentence of the quotation; its point is his relief, a feeling"),
    ], "q": [("“I waited behind the podium for news of Jonas. When someone told me he was talking, I could breathe again.”", "Tomás Irigoyen")]},
    {"s": [
        S("Verhelst’s teammate Pieter Dams, who was caught in the same crash but rode on to finish, was less forgiving.", "",
          why="the relative clause (caught in the crash, finished) is checkable in the article's own voice; `less forgiving` is only framing"),
        S("“On the radio I heard ‘crash, crash, all cars stop,’ and a moment later I was on the ground,” he told reporters.", "Pieter Dams",
          why="quote inside a quote: only the outer quotation is a QUOTE; `he` resolves to Pieter Dams",
          q=[("“On the radio I heard ‘crash, crash, all cars stop,’ and a moment later I was on the ground,”", "Pieter Dams")]),
        S("“I saw three riders go straight into that island.", "Pieter Dams",
          why="first sentence of a two-sentence quotation",
          f=[("three riders", "3")]),
        S("I did not see any flag.”", "Pieter Dams",
          why="second sentence of the quotation; checkable against race footage and contradicts the organiser"),
    ], "q": [("“I saw three riders go straight into that island. I did not see any flag.”", "Pieter Dams")]},
    [S("“Collarbone broken, lots of skin missing, but the head is fine,” the Belgian wrote on social media late on Thursday, alongside a photograph from his hospital bed.", "Verhelst",
       why="the quotation asserts his injuries; `the Belgian` resolves to Verhelst (nearest mention: `Verhelst’s teammate`)",
       q=[("“Collarbone broken, lots of skin missing, but the head is fine,”", "Verhelst")]),
     S("“Thank you for all the messages.”", N,
       why="thanks, not an assertion",
       q=[("“Thank you for all the messages.”", "Verhelst")])],
    [S("Halvard-Orsen said it would ask the sport’s governing body to review safety on the descent, which is due to be used again in next year’s race.", "Halvard-Orsen",
       why="reported position of the team"),
     S("The Tour de Marenne finishes on Sunday in Castelbrun after a 178-kilometre final stage.", "",
       f=[("178-kilometre", "178")])],
])

# ---------------------------------------------------------------------------
# 2. Environment/weather: river flood warning. Straight quotes, "\n".
# ---------------------------------------------------------------------------
ARTICLES["river_flood_warning"] = dict(nl="\n", paras=[
    [S("River Brennet flood warning: 2,000 homes evacuated as water nears record level", N,
       why="headline; its FIGURE is still marked",
       f=[("2,000 homes", "2000")])],
    [S("By Clara Wendt, Environment Correspondent", N, why="byline")],
    [S("Last updated: 13 March 2025, 19:40 GMT", N,
       why="timestamp; a date and a clock time, so no FIGURE")],
    [S("About 2,000 homes in Asherby and nearby villages were evacuated on Thursday after the National Waters Agency issued its most serious flood warning for the River Brennet, which is expected to peak overnight at its highest level in more than 40 years.", "",
       why="the evacuation and the warning are checkable events in the article's own voice",
       f=[("About 2,000 homes", "2000"), ("more than 40 years", "40")])],
    [S("The agency said the river stood at 5.2 metres at the Asherby gauge at 4pm, 1.3 metres above its normal winter level, and was still rising by about 10 centimetres an hour.", "National Waters Agency",
       why="`The agency` resolves to the National Waters Agency; `4pm` is a clock time, not a FIGURE",
       f=[("5.2 metres", "5.2"), ("1.3 metres", "1.3"), ("about 10 centimetres an hour", "10")])],
    [S("Volunteers hand out sandbags on Quay Street in Asherby, where more than 6,000 bags had been filled by Thursday afternoon.", N,
       why="photo caption; its FIGURE is still marked",
       f=[("more than 6,000 bags", "6000")]),
     S("Photo: Niamh Corrigan/Asherby Gazette", N, why="photo credit")],
    {"s": [
        S("\"This is a dangerous situation and people need to take it seriously,\" said Mayor Rosalind Achterberg, who ordered the evacuation of the 14 streets closest to the river on Wednesday evening.", "",
          why="the quotation itself is a warning (not checkable), but the relative clause asserts a checkable act in the article's own voice, so CLAIM with an empty claimant; `Mayor` is a job title and is dropped from the speaker",
          q=[("\"This is a dangerous situation and people need to take it seriously,\"", "Rosalind Achterberg")],
          f=[("14 streets", "14")]),
        S("\"If the police knock on your door, leave.", N,
          why="instruction to residents, not an assertion"),
        S("Take your medicines, take your pets, and go.\"", N,
          why="instruction to residents, not an assertion"),
    ], "q": [("\"If the police knock on your door, leave. Take your medicines, take your pets, and go.\"", "Rosalind Achterberg")]},
    [S("Achterberg said a rest centre had been opened at the town's leisure centre, where about 300 people spent Wednesday night, and that all schools in Asherby would stay closed until Monday.", "Achterberg",
       f=[("about 300 people", "300")])],
    [S("Dr. Samir Kaltenborn, a hydrologist at the University of Northvale, said the ground across the catchment was already saturated after the wettest February on record, leaving the rain nowhere to go.", "Dr. Samir Kaltenborn",
       why="`Dr.` kept as an honorific; `hydrologist` is a description")],
    {"s": [
        S("\"We had 90 millimetres of rain in 36 hours on soil that was already full,\" he said.", "Dr. Samir Kaltenborn",
          why="the quotation asserts measured rainfall; `he` resolves to Dr. Samir Kaltenborn",
          q=[("\"We had 90 millimetres of rain in 36 hours on soil that was already full,\"", "Dr. Samir Kaltenborn")],
          f=[("90 millimetres", "90"), ("36 hours", "36")]),
        S("\"In those conditions a river like the Brennet reacts very quickly.", N,
          why="general expert characterisation ('very quickly'), not a checkable fact"),
        S("It can rise by a metre in 12 hours.\"", "Dr. Samir Kaltenborn",
          why="a quantified statement about the river, checkable against gauge records; `a metre` uses the article `a`, so only `12 hours` is a FIGURE",
          f=[("12 hours", "12")]),
    ], "q": [("\"In those conditions a river like the Brennet reacts very quickly. It can rise by a metre in 12 hours.\"", "Dr. Samir Kaltenborn")]},
    [S("Not everyone has agreed to leave.", N,
       why="scene-setting lead-in; the checkable version follows in the next sentence"),
     S("On Mill Lane, where water was lapping at front steps by mid-afternoon, some households refused to go, according to Asherby Fire and Rescue.", "Asherby Fire and Rescue")],
    [S("Gareth Penhallow, the fire service's incident commander, told the local broadcaster Brennet FM that crews had carried out 37 rescues since Wednesday, most of them of drivers trapped on flooded roads, and had helped dozens of residents out of their homes by boat.", "Gareth Penhallow",
       why="`dozens` is an inexact number: a FIGURE with an empty value; `of residents` does not directly follow it, so the span is the word alone (as `tens of thousands` in border_talks_collapse)",
       f=[("37 rescues", "37"), ("dozens", "")])],
    [S("\"Please do not drive through floodwater,\" he said.", N,
       why="an appeal, not an assertion; `he` resolves to Gareth Penhallow",
       q=[("\"Please do not drive through floodwater,\"", "Gareth Penhallow")]),
     S("\"Thirty centimetres of moving water is enough to float a car.\"", "Gareth Penhallow",
       why="a checkable physical fact, quoted without a new tag",
       q=[("\"Thirty centimetres of moving water is enough to float a car.\"", "Gareth Penhallow")],
       f=[("Thirty centimetres", "30")])],
    [S("Doreen Fitchett, 74, has lived on Mill Lane for 51 years and was among those who stayed.", "",
       why="the bare age after the name is a FIGURE",
       f=[("74", "74"), ("51 years", "51")]),
     S("\"I've seen it come up to the step three times and it's never come in,\" she told the Asherby Gazette.", "Doreen Fitchett",
       why="the quotation asserts a checkable history of the street flooding; `she` resolves to Doreen Fitchett",
       q=[("\"I've seen it come up to the step three times and it's never come in,\"", "Doreen Fitchett")],
       f=[("three times", "3")]),
     S("\"I'm not leaving my house to sleep on a camp bed.\"", N,
       why="a statement of intent, not a checkable fact",
       q=[("\"I'm not leaving my house to sleep on a camp bed.\"", "Doreen Fitchett")])],
    [S("Others left in a hurry.", N,
       why="scene-setting lead-in to the quotation that follows"),
     S("\"A firefighter knocked and said, 'You've got an hour, take what you can carry,' so that's what we did,\" a Quay Street resident said as she loaded bags into her car.", "Quay Street resident",
       why="unnamed speaker keeps her description without the article; the nested single-quoted words are part of the outer QUOTE, not a QUOTE of their own; `an hour` uses the article `an`, so no FIGURE",
       q=[("\"A firefighter knocked and said, 'You've got an hour, take what you can carry,' so that's what we did,\"", "Quay Street resident")])],
    [S("In a statement on Thursday evening, the National Waters Agency said flood defences at Lowcombe Staithe had been \"overtopped in two places\" and that it was pumping water back into the river from 12 mobile stations.", "National Waters Agency",
       why="partial quote inside reported speech; the FIGURE `12` stops before the adjective `mobile`",
       q=[("\"overtopped in two places\"", "National Waters Agency")],
       f=[("two places", "2"), ("12", "12")])],
    [S("The agency's chief executive, Leonard Obi-Marsh, wrote on social media that the next 24 hours would be \"critical\" and urged people to check the warnings for their street before going to bed.", "Leonard Obi-Marsh",
       why="reported post; the single quoted word `critical` is a scare quote, not a QUOTE",
       f=[("24 hours", "24")])],
    [S("Rain is forecast to ease on Friday afternoon, but the agency warned that levels further downstream at Marrow Ford could keep rising until Saturday.", "National Waters Agency",
       why="the forecast is a prediction, but the sentence reports the agency's warning, a position it took")],
])

# ---------------------------------------------------------------------------
# 3. International: border talks collapse. Guillemets for two translated
#    quotations, curly quotes otherwise, "\r\n" line endings.
# ---------------------------------------------------------------------------
ARTICLES["border_talks_collapse"] = dict(nl="\r\n", paras=[
    [S("Talks between Velmora and Kastrany over their disputed border collapsed on Tuesday after 11 days of negotiations in the lakeside city of Lauterholm, with each side blaming the other.", "",
       f=[("11 days", "11")])],
    [S("Hanne Solbakk, the former Ostravian president who has mediated between the two neighbours since last autumn, said the delegations had left without agreeing on a date to return.", "Hanne Solbakk",
       why="`the two neighbours` only refers back to the two countries already named, so no FIGURE")],
    {"s": [
        S("“We came close on many points, but not on the one that matters most,” Solbakk told reporters outside the conference hotel.", N,
          why="her assessment of how close the sides came; not checkable",
          q=[("“We came close on many points, but not on the one that matters most,”", "Solbakk")]),
        S("“The door is not closed.", N, why="metaphor, not a checkable fact"),
        S("But I cannot tell you today that it is open.”", N, why="metaphor and hedge, not a checkable fact"),
    ], "q": [("“The door is not closed. But I cannot tell you today that it is open.”", "Solbakk")]},
    [S("Velmora’s foreign minister, Aurelio Danesti, accused Kastrany of bringing “new maps and new demands” to the final session, including a claim to three villages in the Sarn valley that had not appeared in any earlier draft.", "Aurelio Danesti",
       why="an accusation passes on his assertion; partial quote of two or more words",
       q=[("“new maps and new demands”", "Aurelio Danesti")],
       f=[("three villages", "3")])],
    [S("“They are asking us to sign away land where 40,000 of our citizens live,” Danesti said at a news conference in Orsava, the Velmoran capital, on Wednesday.", "Danesti",
       why="the quotation asserts the demand and a population figure; the counted noun does not directly follow `40,000`",
       q=[("“They are asking us to sign away land where 40,000 of our citizens live,”", "Danesti")],
       f=[("40,000", "40000")]),
     S("“No government in Orsava could accept that, and this one will not.”", N,
       why="a stance and a prediction, not a checkable fact",
       q=[("“No government in Orsava could accept that, and this one will not.”", "Danesti")])],
    {"s": [
        S("Foreign Minister Ilse Morvath of Kastrany gave a very different account.", N,
          why="lead-in; the account itself follows"),
        S("«We did not bring a single new map.", "Ilse Morvath",
          why="translated quotation in guillemets; checkable against the session papers; `a single` is an article, not a FIGURE"),
        S("The map on the table in Lauterholm was the same one we have shown since the spring,» she said, according to a translation of her remarks published by the state news agency KNT.", "Ilse Morvath",
          why="`she` resolves to Ilse Morvath (`Foreign Minister` is a job title); `according to` names only the channel, the assertion is hers"),
    ], "q": [("«We did not bring a single new map. The map on the table in Lauterholm was the same one we have shown since the spring,»", "Ilse Morvath")]},
    [S("According to KNT, Morvath also said Velmora had walked away from a text that was “90 percent agreed” and that Kastrany was ready to return to Lauterholm “at any hour of any day.”", "Morvath",
       why="KNT is the channel, Morvath the one asserting; two partial quotes, the second ending with the full stop inside the marks",
       q=[("“90 percent agreed”", "Morvath"), ("“at any hour of any day.”", "Morvath")],
       f=[("90 percent", "90")])],
    [S("The breakdown is a blow to a process that began last autumn, after clashes along the border killed at least 17 soldiers and drove tens of thousands of people from their homes.", "",
       why="`a blow` is evaluative, but the sentence asserts a checkable history in the article's own voice; `tens of thousands` is inexact, so its value is empty",
       f=[("at least 17 soldiers", "17"), ("tens of thousands", "")])],
    [S("One diplomat who attended several of the sessions said the talks had been undermined by leaks to the press in both capitals.", "diplomat",
       why="unnamed source keeps its description without the article"),
     S("“Almost every evening, something we had discussed in the room was on television in Orsava or Kettmar by breakfast,” the diplomat said, speaking on condition of anonymity because they were not authorised to discuss the negotiations.", "diplomat",
       why="the quotation asserts a checkable pattern of leaks",
       q=[("“Almost every evening, something we had discussed in the room was on television in Orsava or Kettmar by breakfast,”", "diplomat")]),
     S("“By the last week, nobody trusted anybody,” they added.", N,
       why="an impression of the mood, not checkable; `they` resolves to the unnamed diplomat",
       q=[("“By the last week, nobody trusted anybody,”", "diplomat")])],
    [S("Velmora’s state news agency, VNA, called the Kastranian position «a provocation dressed up as diplomacy» in a commentary on Wednesday, and reported that border units had been placed on a higher state of alert.", "VNA",
       why="passes on the agency's characterisation and its report of the alert; translated partial quote in guillemets",
       q=[("«a provocation dressed up as diplomacy»", "VNA")])],
    [S("Solbakk said in a statement late on Wednesday that she had spoken by telephone to both ministers and would “keep offering my help for as long as both parties want it.”", "Solbakk",
       why="reported speech with a partial quote at its end",
       q=[("“keep offering my help for as long as both parties want it.”", "Solbakk")])],
    [S("“I left my house with one bag and my two children, and we have been in this camp for fourteen months.”", "Marija Tenk",
       why="the speaker is named only in the next sentence; the quotation asserts checkable facts about her flight",
       q=[("“I left my house with one bag and my two children, and we have been in this camp for fourteen months.”", "Marija Tenk")],
       f=[("one bag", "1"), ("two children", "2"), ("fourteen months", "14")])],
    [S("That is how Marija Tenk, a 38-year-old seamstress from the village of Dorn in the Sarn valley, describes the past year.", "",
       why="names the speaker of the previous quotation and gives checkable facts about her in the article's own voice",
       f=[("38-year-old", "38")]),
     S("She lives in a tented camp outside the Velmoran town of Pesk, 30 kilometres from the border, alongside about 6,000 other displaced people.", "",
       why="the FIGURE `about 6,000` stops before the adjectives `other displaced`",
       f=[("30 kilometres", "30"), ("about 6,000", "6000")])],
    # A quotation running over two paragraphs: this paragraph's second QUOTE
    # has no closing mark and ends with the paragraph; the next paragraph
    # opens a new mark (see the module docstring).
    {"s": [
        S("“When the talks started, people here began packing,” Tenk said.", "Tenk",
          why="the quotation reports what people in the camp did, checkable in principle",
          q=[("“When the talks started, people here began packing,”", "Tenk")]),
        S("“My neighbour told me, ‘Marija, by New Year we will all be home.’", "Tenk",
          why="reports a statement someone made (the neighbour's words are a prediction, but that he said them is the assertion); the nested single-quoted words are not a QUOTE of their own"),
        S("He even bought a new front door for his house.", "Tenk",
          why="inner sentence of the running quotation; a checkable act"),
    ], "q": [("“My neighbour told me, ‘Marija, by New Year we will all be home.’ He even bought a new front door for his house.", "Tenk")]},
    [S("“Now he says he will burn it in the stove this winter.”", "Tenk",
       why="last sentence of the quotation running over from the previous paragraph; reports what the neighbour says",
       q=[("“Now he says he will burn it in the stove this winter.”", "Tenk")])],
])
