"""NL201 ``unattributed-casualty-count``: a casualty count must say who gave it.

The claims reader (:mod:`narrlint.claims.counts`) finds each count and its attribution (in its
clause, its quotation, a neighbouring sentence about the same count, or an attributed count of
the same value in the same story). This rule reports the counts with none, citing the ledger's
and corpus's attributed figures for the same incident as evidence.
"""

from __future__ import annotations

from collections.abc import Iterable

from narrlint.api import Corpus, Draft, Problem, Rule, Severity, long_date
from narrlint.claims.counts import CountClaim, attributed_sources

MAX_EVIDENCE = 3
MAX_MESSAGE = 120
"""A message is read in one glance; what does not fit goes in the details."""


class UnattributedCasualtyCount(Rule):
    code = "NL201"
    name = "unattributed-casualty-count"
    summary = "Casualty count stated without saying who gave it"
    severity = Severity.WARNING
    documentation = """
        A number of people killed, injured or wounded (or bodies, a death toll, "martyred",
        casualties, lives lost) is stated without saying who gave it. Tolls change as they are
        revised; the reader must know whose count it is.

        Attribution counts when it is in the count's own clause ("police said", "according to
        hospital officials", "told Reuters", "said in a statement", "figures released by the
        ministry", "officials revised the toll to 45", "posted on X"; after a phrase too:
        "Surgeons at the hospital have briefed journalists that …"; a reported toll's ", as …"
        figures: "the relief department said that Chitral recorded the heaviest toll, as nine
        labourers died", and the next place of that ranking: "Two men died in Dir"; a named
        speaker's statement on the deaths its object names: "The minister expressed grief over
        the loss of four children", "The PM condemned the killing of five passengers", not
        "the nation mourns the loss of four", nor a condemnation in the next sentence), in a
        headline's credit ("… martyred in North Waziristan: ISPR", "Police: …"), in a quotation
        whose speaker is named (or
        continues a named speaker's quotation), or in an adjacent sentence that refers back to the
        same count ("The military confirmed the toll", "Police said the dead included children",
        "Police said the blast killed them"; not a vow or a condemnation of them: "He said the
        country would avenge the deaths") or tells how the people counted died ("Police said the
        victims were shot dead", "According to local sources, the officials lost their lives …",
        "…said these bodies were found", "According to police, terrorists attacked security forces
        at the school" after "three security personnel were martyred", "gunmen fired at the
        officials" after "two officials were martyred", "…, killing driver A, officer B and
        another man" after "three police officers lost their lives" ("another" closing the
        list of those killed adds no incident); not "also attacked", nor "fired at a
        CTD office";
        "Police sources said the vehicles … came under attack"
        after "… when two vehicles … came under attack", telling again the attack on what the
        count's sentence names as attacked, or that it "came under attack" ("The police post
        came under attack late on Sunday, a police spokesman said" after "… martyred in an
        attack on a police post"; the counted people's own vehicle: "their mobile came under a
        sudden ambush"; not "the convoy … came under fire" after "gunmen attacked
        passenger vehicles", which names another thing); "Officials said that a truck was going
        … when the bomb … was detonated" after "… when a roadside bomb hit their vehicle", "The
        attacker drove an explosive-laden vehicle into a military convoy, an official said"
        after "A suicide bombing … killed 13 soldiers", "Police said … a motorbike, which
        was detonated when a paramilitary vehicle reached there" after a blast's toll (not
        "ambulances reached the site"), telling the blast or shooting of the
        count's sentence striking a vehicle, whose people it hit; not a getaway car;
        "The injured were
        rushed to the hospital, the DPO said", "the injured had been transported to a
        hospital" or "residents took the injured to the hospital,
        sources said" after an injury count, "Police said the bodies
        were shifted to the hospital" or "… handed over to the families" after a death toll)
        or counts the survivors of the same event ("One person miraculously survived, rescue
        workers said" after a bus's plunge; not a survivor of another crash)
        or tells what they were doing when
        hit ("Police said the men had been escorting a vaccination team", "the personnel were
        on their way to …", "the victims had gone to the market", also past an aside: "The
        victims, identified as …, were on security duty, said the DPO"; after a count of "people",
        "the labourers were working on a bridge"; not "most of the men …", "the men were
        being treated", nor the attackers) or whom
        the vehicle the count's sentence names was carrying ("The bus was carrying migrants
        deported from Iran, the BBC reported" after "a bus crash killed 79"; where it was
        going: "Police said the van was travelling from Parachinar to Peshawar", "According to
        police, the ill-fated bus was coming from Gilgit to Rawalpindi", "was on its way to",
        "was bound for", when that clause is what the credit reports; not "a second
        bus", nor a vehicle that sentence does not name) or that
        more deaths are feared, or in which a source
        identifies the people counted ("Police
        identified the dead as …", "Those martyred were identified by police as …", "The dead
        were identified as …, police said"; not "The dead were identified as …", which names no
        one; "Authorities released the names of all the victims"; "… a police official said
        that Sadiq, a vegetable vendor, and Maqsood, a medical technician, were hit by
        bullets" after "two civilians were killed", as many names as were counted) or
        breaks them down ("The victims also included two children, according to an official",
        "Among them were three children, police said", "They included …", "Three of them …",
        "Of the dead, three …"; not "Most of them …")
        or tells who all of them were ("A Kandahar official said all of the victims were people
        who had gathered there to collect their salaries", "the dead were all …", "Police said
        the victims were members of the same family", kin of one another: "the SSP said the
        firing victims were cousins" (not the attackers' kin alone), "Police said the terrorists
        belonged to the TTP" after a count of terrorists; not "most of the victims were police")
        or that reports or passes on "this information" ("Police
        officials gave this information", "The ISPR shared these details", "A spokesman
        claims this") or that tells the same event itself; a credited sentence whose speaker
        goes on in the next sentence of
        its paragraph with a pronoun credit ("…, he added"), neither with a figure of its own,
        passes its credit on to it. A verb of saying with a that-clause ("he noted that …")
        reports a count before it in its sentence as "he said that …" does.
        Attribution scope: a credited sentence next to the count sources it
        when it tells the count's event itself, the blast, the attack, the clash, the accident
        ("Police said the bus skidded off the road" after "… killed when a bus plunged into a
        gorge", "the accident occurred on a bend"), the disaster ("The quake struck at a depth
        of 8 km, the USGS said", "the landslide buried six houses"; what it did: "Police said
        the blast damaged dozens of shops") (what
        happened, where, when, to whom: "Twelve people were killed in a blast at the seminary.
        Police said the blast ripped through its main hall", "According to police, the suicide
        attacker blew himself up in the hall of the Jamia", "A spokesperson said militants
        attacked the Chaudhwan Police Station at around 3am" after a toll of an attack on a
        police station, "According to police, a constable and a civilian were martyred in an
        attack on the check post" after a count of those injured as terrorists attacked the
        check post (people struck in an attack on the target the count's sentence names; not
        militants killed in it), "The attack took place in the early hours, police said",
        "The bomb
        exploded close to the patrol, an official told reporters on Sunday": a credit closing
        the sentence with only to whom, where or when it was said ("…, Dunya News reported
        here on Sunday"); how its bomb was set: "Police
        said the explosives had been planted near the gate", or set off: "Local sources said a
        suicide bomber triggered the device" (not "triggered protests"); the arms used in it: "the
        attackers used rocket launchers and automatic weapons"; the operation conducted, after
        a count of people who fell in one: "security forces conducted an intelligence-based
        operation in the area", "the operation was launched …", "a Joint Operation (JO)
        was initiated on a hideout of militants involved in attacks besides kidnapping of
        labourers", also after soldiers or militants counted as fallen in an exchange of fire
        ("According to ISPR, security forces conducted an IBO in …" after "Seven soldiers
        were martyred and five terrorists were killed in an exchange of fire") (not "launched a
        search operation", nor after a count of an attack); the attacked fighting the
        attackers off: "the guards returned fire, forcing the attackers to retreat", "troops
        repulsed the attack", not "rescue teams responded"; "the attack was carried out with
        heavy weapons", "the shell landed on a house", "the blast was caused by a gas leak",
        "the car hit a stationary truck", not "carried out by" someone; a
        grenade thrown, an accident's driver losing control: "the driver lost control on a
        sharp bend" after a coach's plunge, not "the driver fled"), tied to the
        count's sentence by a word it shares (the place, the target, the attackers: "the
        checkpost", "unknown armed men") or by "the blast", "the attackers" (after a count
        of a fight, "both sides": "Both sides used heavy weapons, officials said", "Police
        said both sides exchanged heavy fire", also past the subject's relative clause: "the
        clans who were at odds over land had been exchanging fire"; not "exchanged views")
        (or a
        quoted name: 'the "fire raid"'); and does not when
        it tells only something else about it: who the attacker was ("According to the
        minister, one bomber was an Afghan national"), who claimed it, the response ("cordoned
        off the area", "the search operation continued"), a condemnation, an investigation
        (what a condemning speaker goes on to say is judged: "The DG condemned the attacks,
        saying the militants fired on homes in the village" tells the event; a source
        confirming the event does tell it: "The minister confirmed the incident" after "a
        suicide bomber killed 12 outside the court", "Confirming the report, the DIG said …",
        "The blast was confirmed by police", not
        "did not confirm the incident");
        nor when the attack it tells is another one ("also", "another", "last year", another
        weekday; not ", also targeting a military vehicle" in a later clause of the attack it
        tells), falls on people of the other side ("attacked security forces" after a count
        of civilians), is told in a relative clause ("the bombers who attacked …") or as a
        possibility, or stands in a clause its credit does not report ("The attack took place
        during prayers, sources say most of the victims were police", "…, police said in a
        statement that the attackers fled"); "as per reports", a bare "according to
        report" and "according to reports circulating on X" credit no one, nor do reports
        that only go round as a subject ("Reports on social media indicated …"), while a
        named source that "suggested" or "indicated" that … reports as one that "said" (so
        does one that "suggests more than 30 people may have been killed", a figure without
        "that", when a name or an aside naming a source such as "an official with the rescue
        service" is its subject; not "reports suggest"), and a
        closing "…, the spokesman specified." credits as "…, he said." does. The same holds for a
        credited account before the count ("The TTP
        claimed the blast, police said. Twelve were killed" stays unattributed). Such a
        sentence may also
        stand past one with no number and no source of its own ("No one claimed the attack"
        counts no one), the three in one paragraph or
        across one paragraph break, as web pages break them ("… killed at least 12. The attack
        took place near a police vehicle. The interior minister confirmed the casualties."; "The
        attack" goes on telling the blast of the count's sentence; not
        across two breaks or a heading), by referring back to the count or telling how its
        people died ("confirmed this" there is the middle sentence's), by telling the count's
        event when the middle sentence goes on telling it ("… killed when a bus plunged into a
        gorge. The bus was travelling to a shrine. A magistrate told reporters the bus skidded
        off the road"; not after "Accidents are common in the region") or, after a toll of
        floods, attacks or a period, by breaking it down in two or more credited counts of its
        kind that add up to no more than it ("The toll from the floods rose to 148. The storms
        hit several provinces. According to police, 73 died in the valley, while 56 …"), and a
        credit telling
        the count's event may stand past a sentence of uncredited counts with no source, time,
        place or other incident of its own ("At least 10 cops were martyred in an attack on a
        police station. Among the injured are an SHO and five more policemen. According to the
        police, terrorists entered the police station …"; "another 21 were injured" after a
        death toll adds the injured of the same attack; not "another 21 were killed"), and
        then sources those counts too; a toll whose sentence repeats a
        figure (3 or more) that a credited report gives just before it goes on with that
        report ("The institute's report said attacks rose from 12 to 18 … // Militants carried
        out 18 attacks, in which 24 people were killed"); an outbreak's deaths with no time
        or place of their own right after its credited case count ("The health department
        said 812 cholera cases were recorded in the district. Six deaths were reported in the
        district – four in …"); a breakdown of a credited total
        may stand past that source's aside with no number ("The report says 65 civilians were
        killed … The report blames roadside bombs for most of them. The deadliest were two
        attacks, where 39 were killed"; not past "Residents blamed …"), also with its noun and
        verb left out ("… at least 16 people, according to the PDMA. Eight people died in A, six
        in B and two in C"); an adjacent credited sentence telling what kind of blast or attack
        the same event was ("Local media reported it was a suicide attack"; not a judgment, "a
        cowardly attack", a denial or a guess), or more of what the blast referred back to did
        ("Police told reporters the explosives were planted on a motorcycle and the blast also
        damaged four vehicles"), or the counted bodies referred back to under a modifier ("the
        bullet-riddled bodies were found …"); a larger figure that the count's own source takes
        back for it ("had earlier said 93 … but later clarified that the toll was 63") is no
        rival; "Media outlets are reporting that …" credits; a forecast ("there will be up to
        1,000 fatalities") and a tribute to people already counted ("paid tributes to the two
        police personnel killed") are no new counts; a quotation that opens
        the next sentence counts as attributed when its speaker is named where it closes.
        A credit standing alone after the count ("… were killed. According to police.", '"…
        left 12 more injured". A local Police Officer said.', or cut off by a stray full stop:
        "… 951 deaths. according to a report by …") covers it ("That is what he said." does
        not). An adjacent attribution about something else
        does not cover the count, nor does a sentence that opens with another incident
        ("Separately, …", "Elsewhere, …", "In another attack, …"; not "In a separate statement"),
        nor one giving a count of another day ("… on Friday" after "on Wednesday"; a count
        whose sentence dates its event by a month, "in late August", by a credit telling
        "Sunday's blast") or one it
        adds ("they had also killed two guards"), however its numbers agree, nor one whose
        source gives a rival figure (a larger count of
        the same kind: "Residents, however, said the toll had crossed 75"; a count over "various
        operations"; not an exact figure a round lower bound rounds down: "more than 2,200", then
        "the spokesperson confirmed the toll had risen to 2,205"), however it refers to "the
        death toll"; nor does a "said" in another clause
        ("…, which the minister said was cowardly"; not one that tells the count's event
        itself: "… were injured in a roadside explosion in the district, which the police
        said occurred when a convoy was passing by", "which police said was triggered by a
        remote-controlled device"; a relative "when" of a time inside what
        was said is no other clause: "Officials said it was the deadliest attack since 2014,
        when militants killed 147 people" credits the earlier toll too, which without the
        report is a finding like any other; so is a count in a phrase opening the sentence,
        "following the killings of 11 miners, the prime minister said he would not …", which
        is background to what the speaker goes on to say), and a revised toll needs its own
        source, as does a running total after a credited increment ("Hospital sources
        confirmed eight more fatalities. This brings the total casualties to 43 dead"), as does
        a toll with a figure of its own after attributed counts ("Pakistan confirmed 12
        deaths; the BLA claims 90. The actual death toll is likely 30 to 45."; not one that
        repeats them or adds them up, nor "the toll among soldiers was four"; a figure of
        another kind is no repeat: "… 30 others were injured, hospital sources confirmed. The
        total toll now stands at 30 dead and over 70 injured");
        a credit that opens the sentence ("According to the police, one person was killed
        …, but three more succumbed") frames its "but" clause too ("Police said …, but …"
        does not); a credited sentence two or three sentences on that restates the count (the
        same number and kind, or as many names as were counted) covers it when the sentences
        between give no figure and open no other incident ("Four policemen were martyred …" //
        "A police official said the attackers fired rockets." // "He said that four policemen
        … got martyred"), not a title line;
        "according to (initial / unconfirmed / local) reports" names no one and attributes
        nothing, nor
        do such reports as a subject ("Initial reports confirmed 45 deaths", "Reports said …")
        or "it was reported that", nor a passive with no one reporting ("were reported killed",
        a headline's or a bullet's "16 soldiers confirmed dead", "nine deaths reported so
        far"; not "Officials confirmed 16 dead"; a bullet inside a line is a sentence of its
        own, whose credit is no other bullet's) ("according to media reports", "media
        reports said" do); a count such a report gives is sourced to no one, and a named
        source in the sentence before or after ("…, Afghan officials said. Reports claimed
        that at least 17 …") covers it only by giving the same figure; "a blast claimed by IS"
        and "the TTP has claimed several deadly assaults, including those that killed 20"
        claim the attacks, not the count, while a named source's "claims of" a toll give it
        ("Afghan officials countered with claims of 58 soldiers killed"; not "there were
        claims of", nor claims with no owner: "over claims that", "amid claims that"); an
        organisation credited in the sentence before that counts, as the subject of the
        count's sentence, what it received itself gives its own figure ("The Edhi service
        says … Over the last six days, it has collected some 568 bodies"; not "Rescuers
        recovered 40 bodies"); a verb that revises a toll names a source only when
        that source is its own subject
        (", raising the death toll to 177" does not), and a toll that rises "as" or "after" a
        named source reported the deaths that raised it is that source's ("the toll rose to 31
        after hospital officials confirmed four more deaths"; not "as rescuers recovered four
        more bodies"). A document as the subject of a verb presenting
        its content ("The report highlights that …", "the study found …", "A hospital list
        showed …") is a source, and so is a
        credit placed after the count ("…, claimed the ISPR.", "…, reports Reuters.", "…, Reuters
        reports." (not ", reports suggest."), "…, the ISPR statement read.", "…,
        a statement from the Inter-Services Public Relations (ISPR) read.", "…, confirmed
        police.", "…, AFP quoted police sources.", "…, Reuters quoted officials as saying.",
        "…, it was learnt from police sources."; not "it was learnt" alone), a named source
        giving the toll ("Police spokesman Khalid Zadran gave an initial toll of two dead"; not
        "did not provide an exact casualty figure"), and so is a party claiming its own toll
        ("the army claims to have killed 40 militants", "Pakistan claimed its troops killed
        133"). A count set against an attributed one in the same report ("Police said
        12 militants were killed, while two policemen were martyred"; or joined in its clause
        to a count a neighbour or a credited headline covers: "… were martyred and 12 were
        injured"; a "separate" that describes the first count does not part them: "40 people
        were killed in separate attacks, officials said, while 21 terrorists were
        eliminated"; "while in a separate attack four died" does), a sentence that goes on with
        the attributed account of the sentence before ("As a result, …", "In response, …", "During
        the operation, …", or that goes on listing its counts: "Additionally, two women were
        killed in …";
        not one with a time of its own or "in a separate operation"), a count of the other side
        of the same fight in the next sentence (not one in the forces' words after a militant
        party's claim: "The group said it killed six soldiers. 27 terrorists were
        neutralized"), and one there that adds people of a group of
        its own ("Five soldiers were martyred …, the military's media wing said. Thirteen
        civilians were also martyred …"; not "two more soldiers", "thirteen people", nor one
        with a time, place or other incident of its own) share its source. So does a sentence
        with no link word that goes on with an account of what happened ("The ISPR reported
        that terrorists tried to storm the check post. Security forces responded, killing eight
        terrorists. Sixteen soldiers lost their lives."; an account of an attack, a fight, a
        disaster or casualties: not "Police said the road had been reopened to traffic"), up
        to three sentences on in the same paragraph (an account told in the progressive is
        one: "the car was carrying fuel when …"; not "the attack was shocking"), when it has no
        source, time, place or other incident of its own ("another two" after a count of its
        own sentence adds to that count: "… two in the truck were also killed, as well as
        another two who were on the motorcycle") (a period of a disaster's toll right
        after an account of that disaster with no time of its own is none: "The monsoon rains
        have had a devastating impact, according to the NDMA. Since 25 June, 86 people have
        died", "In the past 24 hours, 20 people died"; not after an attack's account, where
        "Since January, 300 policemen …" is a time of its own) ("on Monday", "days after",
        "in Bannu" where the account named no Bannu, "separately", "in another attack", "the
        assault that claimed 11 lives"), is no new toll ("the toll rose to 60") and the
        account gives no figure of the same kind for it to revise; a count that adds ("157
        persons were also wounded") goes on with an account only when the account tells of a death
        or injury to add to; an account of who someone is, an opinion, a promise or a
        condemnation ("One of
        the bombers was an Afghan national, according to the minister", "officials said the families
        would be compensated") covers nothing after it, "according to details" names no one, and
        neither does the writer's own aside ("It's worth mentioning here that …", "It is pertinent
        to mention that …"). A headline or bullet that repeats a count attributed in the body of
        the same story is covered by it, and so is the story's lead (its opening paragraph, after
        any headline) when the next paragraph restates the count with a source ("… killed all
        five terrorists. // According to the district police, the terrorists started firing.
        However, the police officials killed all five terrorists"); a restatement further down
        reaches no lead, and a later count is covered only by a repeat given before it. Counts
        that break down an attributed total in the sentence before (by province, by attack,
        over a year) share its source, and so does a smaller count of the same kind right
        after an attributed toll, with nothing that adds it ("two more", "also") and no time or
        place of its own ("The toll rose to eight, the military said. The attack killed two
        soldiers …"). After a total spread over an area ("across Pakistan", "nationwide") or
        over places in the plural ("strikes on villages in south Lebanon"), each
        place's count that adds nothing to it is a part of it while the places add up to no
        more than the total (also past a sentence with no count or source of its own that
        spreads the casualties over places: "The fatalities were reported from 22 districts",
        and when the sentence calls its names places: "X and Y were the hardest-hit districts,
        with 39 deaths") ("Floods killed 344 across Pakistan, the NDMA said. In Buner, 157
        died. In Swat, 20 lives were lost"); so is one incident of a series numbered by an
        ordinal up to five sentences after the series' attributed total ("A series of
        operations … led to the death of 15 terrorists, as stated by the ISPR. … The second
        operation occurred in Datta Khel, where a firefight led to the deaths of five
        terrorists"), when no credited count comes between and the part has no time,
        increment or source of its own and is no larger than the total; and "the dead include
        120 men" gives a part, no rival total. A party's denial reports the denied count, not
        the draft's own claim
        ("Pakistan denied that seven civilians were killed", "The military rejected the claim
        about 65 deaths"), and an accusation the accuser's
        ("Kabul accused Pakistan of launching strikes, killing nine children"; not "was accused
        of"); an accusation of an act is the accuser's account, which "In response, …" or "In
        retaliation, …" goes on with ("Security sources accused the rebels of initiating fire.
        In response, troops killed 30 fighters"). A headline labelled
        with a source ("ISPR: …", "UNAMA: …") credits its counts when the label is a source the
        ledger gives tolls or figures by, an office or person it knows, or a body the draft itself
        names with that abbreviation ("the National Disaster Management Authority (NDMA)" earlier in
        the draft credits "NDMA: …"); a dateline ("PESHAWAR: …") is no source. A reporting verb with
        a subject and an object of its own after the count ("…, and police said they had detained
        three suspects") reports that object, not the count, as does one of them (not of
        saying) with a noun object of its own before a count told in a relative clause of its
        cause ("The board announced its withdrawal, following an attack that killed eight",
        "… in protest of an airstrike that killed eight", "in the wake of", "in response to";
        not "Police confirmed the deaths of eight …" nor "announced that eight …"), and
        "alleged" attributes nothing,
        nor does a participle of saying that opens the sentence with an object of its own
        before a main clause that opens with the count ("Alleging Pakistan for the strikes, at
        least 10 people were killed": the people counted report nothing; not "Alleging …,
        officials said …"),
        nor does a participle that describes a noun or a figure ("in response to reported
        militant infiltration", "less than the 101 initially reported") or a declaration
        ("Hospitals declared emergencies as … wounded were transferred"); a toll moved after
        a comma (", bringing the death toll to 101") is reported by a source before it only
        when what that source reported tells of deaths ("the police announced that arrests
        had been made …, bringing the death toll … to 101" leaves the toll unattributed).
        Counts are also read in quoted verbs ('"neutralised" 11 terrorists'), plural tolls ("death
        tolls rising to 198"), tolls with a dashed aside ("the death toll — as of today — had
        risen to 13"), the number of a group counted ("The number of terrorists killed was
        revised to nine"; not "of refugees deported"), present-tense headlines ("Security
        forces kill 12 terrorists") and timelines ("50 die in an attack claimed by the
        Taliban": the claim is the attack's, not the toll's; not "100 could die"),
        "injuries to four others", "an additional 30 militants", a number that refers back to a
        casualty count ("45 deaths, but this number has since risen to around 50", "… 45
        people died. The figure later rose to 50"), "lost
        three soldiers" and "…, while losing 23 soldiers" (a force's people only, or a family's
        members: "one family losing 18 members"), "the injured comprised 83 …", "sent 10
        terrorists to hell", "12 villagers were buried alive" (as "burnt alive"; not "the
        landslide buried 12 houses"), "deaths supposedly of seventy people",
        "the elimination of 27 terrorists" (people only: not "of five
        hideouts"; "the bodies of five have been recovered" with no noun), "23 soldiers of
        the Pakistan Army lost their lives" and "six brave sons
        of soil, having fought gallantly, paid the ultimate sacrifice". "A
        dozen" counts as 12 and "half a dozen" as 6. An aside whose closing comma was left out
        ("over 60 people, including two policemen martyred when …") ends at the
        casualty word. Vague quantities ("dozens", "scores of"), deaths that did not happen ("could
        have killed 80", "if 30 people die") and numbers that are not casualties (refugees,
        bombings, vehicles, money, ages, dates) are never findings.

        More readings of the same policy. An adverb of hearsay between a verb and its count
        names no source: "the floods claimed reportedly more than 300 lives" and "killed
        reportedly 40" are counts with no one credited ("claimed" stays the toll's verb, not a
        party's claim). A number written like a year is a count after a hedge or a verb of
        killing and before the people it counts ("more than 2000 lives"); "in 2000" stays a
        date. "Deceased" right after a number counts the dead as "dead" does ("14 deceased
        persons have been identified as …", "nine deceased passengers"); "the deceased" with
        no number and "the heirs of the 12 deceased labourers" count no one. A participle's
        phrase between a count and its verb may be long ("two cops deployed on the polio
        vaccination team's security in a suburban area of the city were martyred" is one
        count); a clause opened inside it ("where", "who") has a verb of its own and ends it.
        A casualty word right after its number and followed by "to" is where the people were
        taken ("The police shifted five injured to the hospital" counts five injured); those
        who moved them give no figure, as rescuers who recovered bodies do not, so the count
        needs a source. A credited next sentence telling that the attackers "carried out a
        (coordinated) attack" tells the count's event when its doers are of the militant side
        the story names and the attack is told anew ("Officials said the militants, equipped
        with advanced weapons, carried out a coordinated attack"); "the TTP carried out the
        attack" or "carried out a suicide attack" only says who did it and credits nothing. A
        credited next sentence telling a fight by the arms its sides bore ("According to the
        police, both sides were armed with axes and batons during the fight" after a clash's
        injury count) tells the count's event, as "Both sides used heavy weapons" does; "men
        armed with clubs", "were not armed" and "armed with banners" tell no fight. An addition
        to a credited report ("Moreover, four women were killed in the Sipar district" after
        "The spokesman said that five women and six children were killed … in the Barak
        district") goes on listing that report and shares its source, even at another place
        (not one with a time or another incident of its own). A credited sentence next to a
        count, or one to three sentences on, that counts as many people of the other side of
        the fight ("According to the Rangers, all four terrorists had been killed" after "…,
        resulting in the martyrdom of four security guards") tells the fate of the other
        side's people: its credit is its own count's only, even where it repeats a figure of
        the count's sentence ("four terrorists had launched an attack"); the same people
        restated ("all four guards died") keep the credit.

        Evidence: the same figure for the same incident, reported by the draft's date: the ledger's
        record of an event whose place the count's sentence or its neighbours name (a name that few
        events' places share: "Makeen", "Zhob", not "Khyber Pakhtunkhwa" or "cantonment"), and
        attributed corpus sentences given while it was news (from three days before its record to a
        month after) that share a word with the count's context; the same number with a common word
        ("bomb", "Pakistan") is no proof. Otherwise the details say that no attributed report was
        found in the archive. No fix: only the writer knows who gave the figure.

        Bad:
            At least 64 people were killed in last week's bombings. One of the bombers was an
            Afghan national, according to the interior minister.

        Good:
            At least 64 people were killed in last week's bombings, officials said.
            "We have recovered seven bodies," a police officer told reporters.
            The death toll rose to 60. The provincial health department confirmed the figure.
            Kabul denied that seven civilians were killed in the strike.
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        unattributed = [c for c in draft.claims.counts if c.attribution is None]
        for claim in _outermost(unattributed):
            yield self._problem(draft, corpus, claim)

    def _problem(self, draft: Draft, corpus: Corpus, claim: CountClaim) -> Problem:
        sources = attributed_sources(claim, corpus, draft.date_for(claim.span))
        evidence = list(dict.fromkeys(s.evidence for s in sources))[:MAX_EVIDENCE]
        message = _message(_phrase(claim))
        day = long_date(draft.date_for(claim.span))
        details = (
            "Nothing in its clause, in a quotation with a named speaker or in a neighbouring "
            "sentence about the same count says who gave it, and tolls change as they are "
            "revised. "
        )
        if evidence:
            places = set().union(*(s.words for s in sources if s.fact)) & claim.context
            where = ", ".join(sorted(p.title() for p in places))
            details += (
                f"Attributed reports of this figure for the incident at {where} (the place "
                f"this passage names), up to {day}, are listed below."
            )
        else:
            details += (
                "No attributed report of this figure for the same incident was found in the "
                f"archive up to {day}."
            )
        return draft.problem(claim.span, message, evidence, details=details)


def _outermost(claims: list[CountClaim]) -> list[CountClaim]:
    """The claims whose span no other claim's span covers, in their order: "five soldiers and
    25 militants were killed": the second count shares the first's verb and its span; one
    finding says both need a source (two claims with the same span cover each other).

    One sweep over the distinct spans by start, the longer first (O(n log n): a draft of
    10,000 counts compared every pair): a span is covered when one before it in that order
    reaches its end."""
    bounds = [(claim.span.start, claim.span.end) for claim in claims]
    holders: dict[tuple[int, int], set[int]] = {}
    for claim, bound in zip(claims, bounds, strict=True):
        holders.setdefault(bound, set()).add(id(claim))
    covered: set[tuple[int, int]] = set()
    reach = -1  # the farthest end of the spans before this one
    for bound in sorted(holders, key=lambda b: (b[0], -b[1])):
        if reach >= bound[1] or len(holders[bound]) > 1:
            covered.add(bound)
        reach = max(reach, bound[1])
    return [claim for claim, bound in zip(claims, bounds, strict=True) if bound not in covered]


def _message(phrase: str) -> str:
    """The action, then the reason, in one glance: the examples of a source go first when
    the count is long, then the middle of the count."""
    for message in (
        f'Say who gave this toll (police, officials, a hospital…): "{phrase}" has no source',
        f'Say who gave this toll: "{phrase}" has no source',
    ):
        if len(message) <= MAX_MESSAGE:
            return message
    words = phrase.split()
    while len(words) > 3 and len(message) > MAX_MESSAGE:
        del words[len(words) // 2]
        half = len(words) // 2
        short = " ".join([*words[:half], "…", *words[half:]])
        message = f'Say who gave this toll: "{short}" has no source'
    return message


def _phrase(claim: CountClaim) -> str:
    """The count as a writer reads it, with a parenthetical cut: "at least 64 people … were
    killed"."""
    span = claim.span
    tokens = list(span)
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if len(commas) >= 2:
        head = "".join(t.text_with_ws for t in tokens[: commas[0]]).strip()
        tail = "".join(t.text_with_ws for t in tokens[commas[-1] + 1 :]).strip()
        return f"{head} … {tail}"
    return " ".join(span.text.split())
