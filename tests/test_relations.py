"""Relation patterns, each read from sentences written for the test: what the patterns read (``doc._.readings``)."""

import pytest

from kg.corpus import Article
from kg.extraction import extract
from kg.lexicon import load_lexicon
from kg.patterns import PATTERNS
from kg.scorer import candidates


def triples(nlp, text):
    doc = nlp(text)
    return {(r.subject, r.predicate, r.object) for r in doc._.readings}


@pytest.mark.parametrize("text, expected", [
    # active and passive event verbs
    ("Kataib Hezbollah attacked US forces near the border.", ("kataib_hezbollah", "attacks", "us_forces")),
    ("US troops were targeted by Harakat al-Nujaba on Sunday.", ("harakat_al_nujaba", "attacks", "us_forces")),
    ("The Houthis fired missiles at US warships.", ("houthis", "attacks", "us_forces")),
    ("The United States killed Abu Taqwa in Baghdad.", ("united_states", "kills", "abu_taqwa_al_saidi")),
    # nominal events: agent by modifier, by "by"/"from", by a light verb, by a participle
    ("A drone strike by the Islamic Resistance in Iraq hit US troops.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    ("The Pentagon condemned the attack on US forces from Kataib Hezbollah.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    ("Asaib Ahl al-Haq carried out a rocket attack on the US embassy staff and US troops.",
     ("asaib_ahl_al_haq", "attacks", "us_forces")),
    ("The US assassination of Abu Mahdi al-Muhandis angered Baghdad.",
     ("united_states", "kills", "abu_mahdi_al_muhandis")),
    # condemnation of an event accuses its agent
    ("Iraq's foreign ministry condemned the US strikes.", ("iraqi_foreign_ministry", "accuses", "united_states")),
    ("Iran blamed Israel for the killing.", ("iran", "accuses", "israel")),
    # demands
    ("Iraqi Foreign Minister Fuad Hussein urged Washington to withdraw its troops.",
     ("fuad_hussein", "demands", "united_states")),
    ("The Coordination Framework called on the Iraqi government to expel the coalition.",
     ("coordination_framework", "demands", "iraqi_government")),
    # threats: a threat verb, a future act, a coercive act
    ("Harakat al-Nujaba threatened to strike US bases in Syria.", ("harakat_al_nujaba", "threatens", "us_forces")),
    ('"Attacks on the American occupiers will continue," Akram al-Kaabi said.',
     ("akram_al_kaabi", "threatens", "us_forces")),
    # support: "X-backed"; "pro-X" and alignment, the other way (the guidelines: a pro-Iran group supports Iran)
    ("The Iranian-backed Houthis fired on a tanker.", ("iran", "supports", "houthis")),
    ("Pro-Iran militias rejected the deal.", ("iran_backed_militias", "supports", "iran")),
    ("Hadi al-Amiri is closely aligned with Tehran.", ("hadi_al_amiri", "supports", "iran")),
    ("Kataib Hezbollah spoke. The Iran-backed militia suspended its attacks.",
     ("iran", "supports", "kataib_hezbollah")),
    # talks
    ("Talks between Iraq and the United States resumed in Baghdad.", ("iraq", "negotiates_with", "united_states")),
    ("Iraq held talks with Turkey on water.", ("iraq", "negotiates_with", "turkey")),
    # roles
    ("Badr Organization leader Hadi al-Amiri met the envoy.", ("hadi_al_amiri", "leads", "badr_organization")),
    ("Abu Ali al-Askari, a spokesman for Kataib Hezbollah, spoke.",
     ("abu_ali_al_askari", "spokesperson_for", "kataib_hezbollah")),
    ("US Secretary of Defense Lloyd Austin spoke to reporters.", ("lloyd_austin", "official_of", "united_states")),
    ("Iranian Foreign Minister Abbas Araghchi arrived.", ("abbas_araghchi", "official_of", "iran")),
    ("Abu Fadak al-Muhammadawi, a senior commander of the Popular Mobilization Forces, spoke.",
     ("abu_fadak_al_muhammadawi", "member_of", "popular_mobilization_forces")),
    # membership
    ("Kataib Hezbollah is part of the Popular Mobilization Forces.",
     ("kataib_hezbollah", "member_of", "popular_mobilization_forces")),
    ("Many militias affiliated with the PMF joined. Pro-Iran militias serve under the PMF.",
     ("iran_backed_militias", "member_of", "popular_mobilization_forces")),
    # deployments and places
    ("US forces are stationed in Syria.", ("us_forces", "deployed_in", "syria")),
    ("Jordan hosts about 3,000 US troops.", ("us_forces", "deployed_in", "jordan")),
    ("Rockets struck Balad Air Base in Salahaddin province.",
     ("balad_air_base", "located_in", "salahaddin_province")),
    # outlets
    ("Qais Khazali told Al Mayadeen that the resistance would respond.",
     ("qais_khazali", "quoted_by", "al_mayadeen")),
    ("Kataib Hezbollah suspended operations, Reuters reported.", ("kataib_hezbollah", "quoted_by", "reuters")),
    # more threats and demands
    ("Abbas Araghchi warned that Israel would face consequences.", ("abbas_araghchi", "threatens", "israel")),
    ("Qais Khazali called for the expulsion of US forces.", ("qais_khazali", "demands", "us_forces")),
    # a group described as an umbrella of others
    ("The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, spoke.",
     ("iran_backed_militias", "member_of", "islamic_resistance_in_iraq")),
    # owning an act, a relative clause, a killing in a strike
    ("Kataib Hezbollah claimed responsibility for the drone attack on US forces.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    ("Kataib Hezbollah, which is backed by Iran, rejected the statement.", ("iran", "supports", "kataib_hezbollah")),
    ("Abu Taqwa was killed in a US strike in Baghdad.", ("united_states", "kills", "abu_taqwa_al_saidi")),
    # calling an act something harmful accuses whoever did it
    ('Qais Khazali called the US strikes "a blatant violation of Iraqi sovereignty".',
     ("qais_khazali", "accuses", "united_states")),
    ("The United States launched airstrikes against Iranian-backed militia targets in Syria.",
     ("united_states", "attacks", "iran_backed_militias")),
    ("The US assassination of Iranian general Qasem Soleimani angered Tehran.",
     ("qasem_soleimani", "official_of", "iran")),
    ("Hezbollah cited American support for the Israeli war in Gaza.", ("united_states", "supports", "israel")),
    ("There were 30 attacks in the Red Sea on US warships from the Houthis in Yemen.",
     ("us_forces", "deployed_in", "red_sea")),
    ("Turkish troops crossed the border. Turkey said its forces killed PKK fighters.",
     ("turkish_armed_forces", "kills", "pkk")),
    # the targets of a group stand for the group
    ("Turkish forces shelled positions of the PKK in northern Iraq.", ("turkish_armed_forces", "attacks", "pkk")),
    ("Iraqi Foreign Minister Fuad Hussein met his Iranian counterpart Abbas Araghchi.",
     ("abbas_araghchi", "official_of", "iran")),
    # a member stands for the group in a killing
    # "a US strike" is the state's, whatever weapon it used; "US drones struck" is its force's (guidelines)
    ("A US drone strike killed a senior commander of Harakat al-Nujaba.",
     ("united_states", "kills", "harakat_al_nujaba")),
    ("US drones struck Harakat al-Nujaba.", ("us_forces", "attacks", "harakat_al_nujaba")),
    # calls and visits are talks (guidelines: "met, phoned, received a visitor")
    ("Antony Blinken phoned Masrour Barzani on Monday.", ("antony_blinken", "negotiates_with", "masrour_barzani")),
    ("Joe Biden received Mohammed Shia al-Sudani at the White House.",
     ("joe_biden", "negotiates_with", "mohammed_shia_al_sudani")),
    # the one asked to act may be the subject of the demanded clause
    ("Iraq demanded that Turkey withdraw its troops.", ("iraq", "demands", "turkey")),
    # the target of an event carried out may hang on the light verb; a count of events is the events
    ("The raid was carried out by the Counter-Terrorism Service against a site of Kataib Hezbollah.",
     ("iraqi_counter_terrorism_service", "attacks", "kataib_hezbollah")),
    ("The Islamic Resistance in Iraq has claimed dozens of drone attacks on US forces.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # revenge vowed, a response promised: threats
    ("Kataib Hezbollah vowed revenge for the US strikes.", ("kataib_hezbollah", "threatens", "united_states")),
    ("Iran's promised response to Israel dominated the talks.", ("iran", "threatens", "israel")),
    # objections to what a clause tells of; wishes to wind a mission down
    ("Turkish troops have been stationed in Bashiqa for years despite Baghdad's objections.",
     ("iraq", "opposes", "turkish_armed_forces")),
    ("Sudani repeated Baghdad's wish to wind down the US-led coalition's mission.",
     ("iraq", "opposes", "international_coalition")),
    # a grouping in apposition stands for the actor it describes
    ("The Coordination Framework, the bloc of Iran-backed Shiite parties, met.",
     ("iran", "supports", "coordination_framework")),
    # new patterns: fighting between two sides, support from a third, designations, blame pinned on
    ("Clashes broke out between PKK fighters and Turkish forces.", ("turkish_armed_forces", "attacks", "pkk")),
    ("Fighting between the Iraqi army and the PKK left three dead.", ("pkk", "attacks", "iraqi_security_forces")),
    ("Kataib Hezbollah fought beside Syrian troops with backing from the Quds Force.",
     ("quds_force", "supports", "kataib_hezbollah")),
    ("The State Department designated Kataib Hezbollah a terrorist organization.",
     ("us_state_department", "accuses", "kataib_hezbollah")),
    ("The strike, which Tehran blamed on Israel, killed seven.", ("iran", "accuses", "israel")),
    ("Saraya al-Salam, the armed wing loyal to Muqtada al-Sadr, deployed.", ("saraya_al_salam", "supports",
                                                                              "muqtada_al_sadr")),
    ("The Iran-aligned Kataib Hezbollah militia spoke.", ("kataib_hezbollah", "supports", "iran")),
    # "X-led Y": X leads Y, also where the tokenizer keeps "U.S.-led" whole
    ("A spokesman for the U.S.-led coalition spoke.", ("united_states", "leads", "international_coalition")),
    ("The US-led coalition left Iraq.", ("united_states", "leads", "international_coalition")),
    # a weapon fired by an agent at a target; holding an actor responsible
    ("Rockets were fired by Kataib Hezbollah at US troops.", ("kataib_hezbollah", "attacks", "us_forces")),
    ("Asaib Ahl al-Haq held the coalition fully responsible.", ("asaib_ahl_al_haq", "accuses",
                                                                 "international_coalition")),
    ("Iraq holds Washington responsible for the attack.", ("iraq", "accuses", "united_states")),
    # a commander named with the group before the name is one of several; "Y, commander of X" leads it
    ("Hezbollah commander Fuad Shukr was killed.", ("fuad_shukr", "member_of", "hezbollah")),
    ("Qassem Soleimani, commander of the Quds Force, landed.", ("qasem_soleimani", "leads", "quds_force")),
    # a state's weapons stand for the state; claiming most of the attacks
    ("US forces are stationed at Ain al-Asad airbase. Ain al-Asad airbase was hit by Iranian ballistic missiles.",
     ("iran", "attacks", "us_forces")),
    ("The Islamic Resistance in Iraq has claimed most of the attacks on US forces.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # a killing attacks the group the sentence places the victim in
    ("A US drone strike killed Abu Mahdi al-Muhandis, the deputy head of the Popular Mobilization Forces.",
     ("united_states", "attacks", "popular_mobilization_forces")),
    # the backing of a collective reaches the groups it lists, and a registered name keeps its own backer
    ("The US designated four Iran-aligned armed groups - Harakat al-Nujaba and Kataib al-Imam Ali.",
     ("kataib_imam_ali", "supports", "iran")),
    ("A blast hit a base of the Iran-backed Popular Mobilization Forces.",
     ("iran", "supports", "popular_mobilization_forces")),
    # a verb and its preposition, however far apart
    ("Qais Khazali promised to stand even more firmly against the United States.",
     ("qais_khazali", "opposes", "united_states")),
    # a whole said to include its parts
    ("The Coordination Framework includes Asaib Ahl al-Haq and the Badr Organization.",
     ("badr_organization", "member_of", "coordination_framework")),
    # a participle with an agent is a passive
    ("Kataib Hezbollah, backed by Iran, fired rockets at the base.", ("iran", "supports", "kataib_hezbollah")),
    # support by a verb and its preposition, and by a noun of solidarity
    ("Harakat al-Nujaba stood by Kataib Hezbollah.", ("harakat_al_nujaba", "supports", "kataib_hezbollah")),
    ("Harakat al-Nujaba declared its solidarity with Kataib Hezbollah.",
     ("harakat_al_nujaba", "supports", "kataib_hezbollah")),
    # a target that comes under attack, and attacks a speaker hints at
    ("US troops came under attack from Kataib Hezbollah on Wednesday.", ("kataib_hezbollah", "attacks", "us_forces")),
    ("Harakat al-Nujaba has hinted that attacks on US forces could resume.",
     ("harakat_al_nujaba", "threatens", "us_forces")),
    # a number of a group stands for the group
    ("Five of the Kataib Hezbollah fighters were killed by US forces.", ("us_forces", "kills", "kataib_hezbollah")),
    # every place coordinated after "in"
    ("US forces in Iraq and Syria came under fire.", ("us_forces", "deployed_in", "syria")),
    # the subject of a verb of undergoing is the target
    ("The Iraqi government faced criticism from Kataib Hezbollah.",
     ("kataib_hezbollah", "accuses", "iraqi_government")),
    # a target with no owner named stands for the place it is in
    ("The Islamic Resistance in Iraq said its fighters had struck a vital target in Israel.",
     ("islamic_resistance_in_iraq", "attacks", "israel")),
    # an installation named by the force it hosts stands for that force
    ("Kataib Hezbollah fired rockets at bases hosting US troops.", ("kataib_hezbollah", "attacks", "us_forces")),
    # a partitive that counts attacks takes their target
    ("The Islamic Resistance in Iraq has claimed dozens of drone launches at Israel.",
     ("islamic_resistance_in_iraq", "attacks", "israel")),
    # who says a threat is the subject of the verb of speech that reports it, wherever that verb stands
    ("The strike angered Harakat al-Nujaba, which has hinted that attacks on US forces could resume.",
     ("harakat_al_nujaba", "threatens", "us_forces")),
    ("It was then that Ali Khamenei told him Iran would strike back at the Americans.",
     ("ali_khamenei", "threatens", "united_states")),
    # a clause coordinated with its own subject is outside the first clause's negation
    ("Kataib Hezbollah did not claim the attack, but its security official, Abu Ali al-Askari, praised it.",
     ("abu_ali_al_askari", "member_of", "kataib_hezbollah")),
    # a role given to coordinated names is each one's
    ("Two IRGC officers, Colonels Ehsan Karbalaipour and Morteza Saeidnejad, were killed in Damascus.",
     ("morteza_saeidnejad", "member_of", "irgc")),
    # the words of militia-aligned outlets for killing, and for backing and rejecting
    ("Abu Taqi al-Saidi was martyred in a US airstrike near Qaim.", ("united_states", "kills", "abu_taqi_al_saidi")),
    ("Harakat al-Nujaba applauded Kataib Hezbollah.", ("harakat_al_nujaba", "supports", "kataib_hezbollah")),
    ("Kataib Hezbollah rebuffed the Iraqi government.", ("kataib_hezbollah", "opposes", "iraqi_government")),
    # a description the parser hangs on "members of X" describes X
    ("Members of Saraya al-Salam, the armed wing loyal to Muqtada al-Sadr, left the Green Zone.",
     ("saraya_al_salam", "supports", "muqtada_al_sadr")),
    # coordinated sides of talks, whether named or as a delegation's states, talk with each other
    ("Iraqi and American officials held talks in Baghdad on Monday.", ("iraq", "negotiates_with", "united_states")),
    ("Sudani and Blinken discussed the future of the coalition.",
     ("mohammed_shia_al_sudani", "negotiates_with", "antony_blinken")),
    # wounding and retaliating are attacks; an attack that wounds is its agent's
    ("An attack by Kataib Hezbollah wounded four US soldiers.", ("kataib_hezbollah", "attacks", "us_forces")),
    ("The US military retaliated against Kataib Hezbollah with airstrikes.",
     ("us_forces", "attacks", "kataib_hezbollah")),
    # naming an actor a target threatens it; a speaker's words are the speaker's threat
    ("Kataib Hezbollah warned that US bases in the region would be legitimate targets.",
     ("kataib_hezbollah", "threatens", "us_forces")),
    ("Hadi al-Amiri said that his movement would treat every US target as fair game.",
     ("hadi_al_amiri", "threatens", "united_states")),
    # a state keeps its forces where it has troops; dying in a strike is being killed by its agent
    ("US forces came under attack. The United States has about 2,500 troops in Iraq and roughly 900 in Syria.",
     ("us_forces", "deployed_in", "syria")),
    ("Two Kataib Hezbollah fighters died in a US strike near al-Qaim.", ("united_states", "kills", "kataib_hezbollah")),
    # what a speaker says to an outlet's programme, or in an interview with it, the outlet quotes
    ('"We will not stop," Akram al-Kaabi told Al Mayadeen television.', ("akram_al_kaabi", "quoted_by", "al_mayadeen")),
    ("Qais al-Khazali said in an interview with Al Mayadeen that the factions would respond.",
     ("qais_khazali", "quoted_by", "al_mayadeen")),
    # an installation used by, or housing, an actor stands for it when attacked, whatever else it is named for
    ("US forces conducted airstrikes against facilities used by Kataib Hezbollah and Kataib Sayyid al-Shuhada.",
     ("us_forces", "attacks", "kataib_sayyid_al_shuhada")),
    ("Iran fired ballistic missiles at two Iraqi bases housing US troops.", ("iran", "attacks", "us_forces")),
    # "which" that the parser hangs on a verb of speech is the subject of what is said
    ("Iraq condemned the US strikes, which Washington said hit facilities used by Kataib Hezbollah.",
     ("united_states", "attacks", "kataib_hezbollah")),
    # clashing with a side: each attacks the other
    ("Kataib Hezbollah fighters clashed with the Iraqi Counter-Terrorism Service in Baghdad.",
     ("iraqi_counter_terrorism_service", "attacks", "kataib_hezbollah")),
    # the examples a plural noun gives are each one of them
    ("Iran backs armed groups including Kataib Hezbollah and Harakat al-Nujaba.",
     ("iran", "supports", "harakat_al_nujaba")),
    ("Iran backs Iran-aligned militias such as Kataib Hezbollah.", ("iran", "supports", "kataib_hezbollah")),
    # one of the factions in a group is its member
    ("Kataib Hezbollah, one of the most powerful factions in the Popular Mobilization Forces, denied the claim.",
     ("kataib_hezbollah", "member_of", "popular_mobilization_forces")),
    # a sanction that states its charge accuses
    ("The US Treasury sanctioned Qais al-Khazali for his role in the killing of protesters.",
     ("us_treasury", "accuses", "qais_khazali")),
    # what a speaker says an actor must do, the speaker demands of it
    ('"The Iraqi government must hold the perpetrators accountable," Muqtada al-Sadr said.',
     ("muqtada_al_sadr", "demands", "iraqi_government")),
    # a phone call is talks; so are the talks one arrives for
    ("Sudani held a phone call with Biden on Monday.", ("mohammed_shia_al_sudani", "negotiates_with", "joe_biden")),
    ("Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Baghdad for talks with Sudani.",
     ("hossein_amir_abdollahian", "negotiates_with", "mohammed_shia_al_sudani")),
    # a headline's source before its colon is its speaker
    ("Pentagon: Kataib Hezbollah behind Jordan attack\n\nWASHINGTON - Officials spoke on Monday.",
     ("us_department_of_defense", "accuses", "kataib_hezbollah")),
    ("Qais al-Khazali: US forces will be expelled\n\nBAGHDAD - He spoke on Monday.",
     ("qais_khazali", "threatens", "us_forces")),
    # the organisation after a lowercase role is a group, not the tail of a title; a press secretary speaks for
    ("Hadi al-Amiri, head of the Fatah Alliance, spoke.", ("hadi_al_amiri", "leads", "fatah_alliance")),
    ("Brig. Gen. Pat Ryder, the Pentagon press secretary, said the drones were shot down.",
     ("pat_ryder", "spokesperson_for", "us_department_of_defense")),
    # an office named with its "of" ("chief of staff") and the body it is an office of
    ("Abu Fadak al-Mohammedawi, chief of staff of the Popular Mobilization Forces, met the prime minister.",
     ("abu_fadak_al_muhammadawi", "member_of", "popular_mobilization_forces")),
    # naming groups as those behind attacks accuses them; an office speaks for the body that owns it
    ("Lloyd Austin named Kataib Hezbollah and Harakat al-Nujaba as the groups behind the recent attacks.",
     ("lloyd_austin", "accuses", "harakat_al_nujaba")),
    ("The PMF's media office blamed American aggression for the bombardment.",
     ("popular_mobilization_forces", "accuses", "united_states")),
    # telling another something by phone is talking with them
    ("Sudani told Secretary of State Antony Blinken by phone that Baghdad rejected any attack.",
     ("mohammed_shia_al_sudani", "negotiates_with", "antony_blinken")),
    # a warning issued to a state's interests threatens the state
    ("Harakat al-Nujaba went further, issuing a warning to American interests.",
     ("harakat_al_nujaba", "threatens", "united_states")),
    # factions in a group are its members
    ("Iran-aligned factions in the Popular Mobilization Forces fired rockets at US forces.",
     ("iran_backed_militias", "member_of", "popular_mobilization_forces")),
    # giving to an actor, or helping it do something, supports it
    ("Iran provides Kataib Hezbollah with weapons, money and training.", ("iran", "supports", "kataib_hezbollah")),
    ("Iran provided weapons to the Houthis.", ("iran", "supports", "houthis")),
    ("The US-led coalition has helped Iraqi forces fight ISIS since 2014.",
     ("international_coalition", "supports", "iraqi_security_forces")),
    # an actor's act ("Washington's request", "a visit by X") stands for the actor
    ("Baghdad has refused Washington's request to rein in the militias.", ("iraq", "opposes", "united_states")),
    ("Iraq has called off a visit by Turkish Defence Minister Hulusi Akar.", ("iraq", "opposes", "hulusi_akar")),
    # the dead a group mourns or loses in a strike were killed by the strike's agent
    ("Kataib Hezbollah mourned two of its fighters killed in a US strike near al-Qaim.",
     ("united_states", "kills", "kataib_hezbollah")),
    ("Kataib Hezbollah lost three fighters in an Israeli strike.", ("israel", "kills", "kataib_hezbollah")),
    # a state's officials who say another was behind an act accuse it for their state
    ("A US official said Israel was behind the strike.", ("united_states", "accuses", "israel")),
    # calling for an end to an actor's presence opposes it
    ("Kataib Hezbollah called for an end to the US military presence in Iraq.",
     ("kataib_hezbollah", "opposes", "us_forces")),
    # a standing relation inside a noun phrase holds whatever the clause it is an argument of says
    ("Iran-aligned factions in the Popular Mobilization Forces denied involvement.",
     ("iran_backed_militias", "member_of", "popular_mobilization_forces")),
    # verbs coordinated under one subject share the object
    ("Iraq rejected and condemned the Turkish strike on Sinjar.", ("iraq", "opposes", "turkey")),
    ("Kataib Hezbollah attacked and killed two US soldiers.", ("kataib_hezbollah", "attacks", "us_forces")),
    # blaming an act on an actor accuses it, wherever the parser hangs the "on"
    ("The US blamed the attack on Iran-backed militias.", ("united_states", "accuses", "iran_backed_militias")),
    # a preposition repeated after "and" beyond an apposition still belongs to the same verb
    ("Mike Pompeo said the attack had been planned by Kataib Hezbollah, the Iran-backed militia, and by Asaib Ahl "
     "al-Haq.", ("mike_pompeo", "accuses", "asaib_ahl_al_haq")),
    # who acts alongside, together with or in coordination with the subject acts too
    ("The State Department alleged that Kataib Sayyid al-Shuhada had planned attacks on American personnel "
     "alongside Kataib Hezbollah.", ("us_state_department", "accuses", "kataib_hezbollah")),
    ("Iraqi forces fought ISIS along with the Peshmerga.", ("peshmerga", "attacks", "islamic_state")),
    ("Asaib Ahl al-Haq shelled the Turkish base in coordination with Kataib Hezbollah.",
     ("kataib_hezbollah", "attacks", "turkish_armed_forces")),
    # a phrasal verb with both particle and preposition
    ("Kataib Hezbollah lashed out at Prime Minister Mustafa al-Kadhimi.",
     ("kataib_hezbollah", "accuses", "mustafa_al_kadhimi")),
    # attributing an attack to an actor, or saying it came from one, accuses the actor
    ("The Pentagon attributed the rocket attack to Kataib Hezbollah.",
     ("us_department_of_defense", "accuses", "kataib_hezbollah")),
    ("General John Brennan said the drone attacks came from Harakat al-Nujaba.",
     ("john_brennan", "accuses", "harakat_al_nujaba")),
    # what a speaker says will befall an actor if it acts threatens it, the condition put before or inverted
    ("If Washington harms the factions' interests, Qais al-Khazali warned, they might move against US interests.",
     ("qais_khazali", "threatens", "united_states")),
    ("Should US forces insist on staying, the factions will turn every weapon against them, Kataib Hezbollah said.",
     ("kataib_hezbollah", "threatens", "us_forces")),
    # a role after several names describes the nearest one
    ("A US drone killed Qassem Soleimani and Abu Mahdi al-Muhandis, the deputy head of the Popular Mobilization "
     "Forces.", ("abu_mahdi_al_muhandis", "member_of", "popular_mobilization_forces")),
    ("The Treasury sanctioned Qais al-Khazali, the leader of Asaib Ahl al-Haq, his brother Laith al-Khazali, a senior "
     "AAH commander, and others.", ("laith_al_khazali", "member_of", "asaib_ahl_al_haq")),
    # a role in a group's body is membership of the group
    ("Haidar al-Lami, a member of al-Nujaba's political bureau, spoke.",
     ("haidar_al_lami", "member_of", "harakat_al_nujaba")),
    # those an attack on a place killed or wounded were there
    ("A drone attack on the Tower 22 outpost in Jordan killed three US soldiers.",
     ("us_forces", "deployed_in", "tower_22")),
    ("Kataib Hezbollah claimed a rocket barrage on the K-1 base that wounded four U.S. service members.",
     ("us_forces", "deployed_in", "k_1_base")),
    # opposition: being against an actor, pushing back against it, voting to expel it, no place for it
    ("Kataib Hezbollah is against any US presence in Iraq.", ("kataib_hezbollah", "opposes", "us_forces")),
    ("Asaib Ahl al-Haq pushed back against Washington's demand.", ("asaib_ahl_al_haq", "opposes", "united_states")),
    ("The Iraqi parliament voted to expel US troops.", ("iraqi_parliament", "opposes", "us_forces")),
    ("Hadi al-Amiri said there was no place for American forces in Iraq.", ("hadi_al_amiri", "opposes", "us_forces")),
    # ... and who struck it is still who "the raid" later was by
    ("A US strike on Iraqi soil killed four fighters. Iraq's presidency denounced the raid.",
     ("iraqi_presidency", "accuses", "united_states")),
    # a target belonging or linked to an actor stands for it, wherever the parser hangs the participle
    ("US Central Command said its forces struck five targets belonging to Kataib Hezbollah.",
     ("us_central_command", "attacks", "kataib_hezbollah")),
    ("Washington retaliated with strikes on 85 targets in Iraq and Syria linked to the IRGC.",
     ("united_states", "attacks", "irgc")),
    # facilities and patrols stand for whose they are
    ("US forces conducted airstrikes against Kataib Hezbollah facilities in Iraq and Syria.",
     ("us_forces", "attacks", "kataib_hezbollah")),
    ("Kataib Hezbollah fighters ambushed an Iraqi army patrol.",
     ("kataib_hezbollah", "attacks", "iraqi_security_forces")),
    # telling an actor to act demands it of the actor
    ("Iran told Iraq to expel US troops.", ("iran", "demands", "iraq")),
    # a spokesman of a state's military speaks for the force the two words name, after a rank the NER took for a name
    ("Yahya Rasool, the Iraqi military spokesman, said so.",
     ("yahya_rasool", "spokesperson_for", "iraqi_security_forces")),
    ("Rear Adm. Daniel Hagari, the Israeli military spokesman, said so.",
     ("daniel_hagari", "spokesperson_for", "israel_defense_forces")),
    # talking to an outlet before the one who says
    ("Speaking to Reuters on Sunday, Qais al-Khazali said the factions would respond.",
     ("qais_khazali", "quoted_by", "reuters")),
    # operating as a unit of a group is membership of the group
    ("Kata'ib al-Imam Ali, which operates as the 40th Brigade of the Popular Mobilization Forces, was blacklisted.",
     ("kataib_imam_ali", "member_of", "popular_mobilization_forces")),
    # a place after a comma that opens before a name of several words contains the one before it
    ("ERBIL, Kurdistan Region (Reuters) - A drone hit the airport.", ("erbil", "located_in", "kurdistan_region")),
    # a registered body named in a title before a name
    ("Iran's foreign ministry spokesman Nasser Kanaani said the strike was a violation.",
     ("nasser_kanaani", "spokesperson_for", "iranian_foreign_ministry")),
    # opposition: to a nomination, to pressure, hostility, warning against, refusing to recognise
    ("Muqtada al-Sadr opposed the nomination of Mohammed Shia al-Sudani.",
     ("muqtada_al_sadr", "opposes", "mohammed_shia_al_sudani")),
    ("Baghdad has resisted Washington's pressure to disband the Popular Mobilization Forces.",
     ("iraq", "opposes", "united_states")),
    ("Nouri al-Maliki has long been hostile to Muqtada al-Sadr.", ("nouri_al_maliki", "opposes", "muqtada_al_sadr")),
    ("Kataib Hezbollah warned against any extension of the US mission.",
     ("kataib_hezbollah", "opposes", "united_states")),
    ("Asaib Ahl al-Haq refused to recognise the Coordination Framework.",
     ("asaib_ahl_al_haq", "opposes", "coordination_framework")),
    # an answer to come to an actor's act threatens it; so does facing consequences one must avoid
    ("Iran warned that it would respond to any Israeli aggression.", ("iran", "threatens", "israel")),
    ('"The Americans must leave Iraq or face the consequences," Qais al-Khazali said.',
     ("qais_khazali", "threatens", "united_states")),
    # who was killed with someone, and each name a plural role is given, were killed too
    ("Abu Mahdi al-Muhandis was killed with Qassem Soleimani in a US strike.",
     ("united_states", "kills", "qasem_soleimani")),
    ("Two IRGC officers, Colonels Ehsan Karbalaipour and Morteza Saeidnejad, were killed in an Israeli airstrike.",
     ("israel", "kills", "morteza_saeidnejad")),
    # support: thrown behind someone; being an actor's ally (the ally supports it, as the guidelines' "aligned with")
    ("Muqtada al-Sadr threw his support behind Mohammed Shia al-Sudani.",
     ("muqtada_al_sadr", "supports", "mohammed_shia_al_sudani")),
    ("Kataib Hezbollah is a close ally of Iran.", ("kataib_hezbollah", "supports", "iran")),
    ("Erdogan hailed the step. His nationalist ally, Devlet Bahceli, also welcomed it.",
     ("devlet_bahceli", "supports", "recep_tayyip_erdogan")),
    # a gerund after a preposition is its governor's subject's act, or its object's
    ("Kataib Hezbollah responded by firing rockets at US forces.", ("kataib_hezbollah", "attacks", "us_forces")),
    ("Baghdad thanked the coalition for helping Iraqi forces defeat ISIS.",
     ("international_coalition", "supports", "iraqi_security_forces")),
    # places: those something is at are in where it is; what stands where a place is, is in it
    ("The resistance opened its campaign against American positions at Ain al-Asad and Harir in Iraq.",
     ("harir_air_base", "located_in", "iraq")),
    ("Rockets landed near the Green Zone, where the US embassy stands.",
     ("united_states_embassy", "located_in", "green_zone")),
    # a force named by its headquarters or vehicles is placed where they are; a force where a place is, is there
    ("Gunmen stormed the CTS headquarters inside the Green Zone.",
     ("iraqi_counter_terrorism_service", "deployed_in", "green_zone")),
    ("Rockets struck the al-Omar oil field, where US forces came under rocket fire last month.",
     ("us_forces", "deployed_in", "al_omar_oil_field")),
    # the dateline's city is no subject, whatever the parser hangs on it
    ("WASHINGTON, April 15 - President Joe Biden received Iraqi Prime Minister Mohammed Shia al-Sudani at the White "
     "House on Monday.", ("joe_biden", "negotiates_with", "mohammed_shia_al_sudani")),
    # an attack's agent: each of coordinated modifiers, and a claim the parser hangs on the verb
    ("The Houthis said five of their fighters were killed in the US and British strikes.",
     ("united_kingdom", "kills", "houthis")),
    ("Three US soldiers were killed in a drone attack on Tower 22 claimed by the Islamic Resistance in Iraq.",
     ("islamic_resistance_in_iraq", "kills", "us_forces")),
    # denying a charge does not unsay it, and no one is charged by themselves
    ("Iran denies US charges that it backs attacks on American forces.", ("united_states", "accuses", "iran")),
    # a speaker saying an actor threatens what is theirs accuses it
    ("The Turkish foreign ministry said the PKK threatened Iraq's stability.",
     ("turkish_foreign_ministry", "accuses", "pkk")),
    ("The United States publicly pointed the finger at Kataib Hezbollah.",
     ("united_states", "accuses", "kataib_hezbollah")),
    ("Prime Minister Mohammed Shia al-Sudani complained about Washington to reporters.",
     ("mohammed_shia_al_sudani", "accuses", "united_states")),
    # "the group" is the group named, not the plural common noun describing it
    ("The military blamed fighters from Kataib Hezbollah, one of the most powerful Iran-aligned factions, and the "
     "United States pointed the finger at the group.", ("united_states", "accuses", "kataib_hezbollah")),
    # fighting beside an actor, standing with it, praising its stance: support
    ("Kataib Hezbollah and Asaib Ahl al-Haq fought beside Syrian troops and Lebanon's Hezbollah.",
     ("asaib_ahl_al_haq", "supports", "hezbollah")),
    ("Iraq stands with Lebanon, the speaker said.", ("iraq", "supports", "lebanon")),
    ("President Barham Salih praised Sadr's stance as brave.", ("barham_salih", "supports", "muqtada_al_sadr")),
    # one of a group's governing body is one of the group
    ("Sheikh Ali al-Asadi, head of the Nujaba political bureau, said the presence was illegal.",
     ("ali_al_asadi", "member_of", "harakat_al_nujaba")),
    ("Haider al-Lami of Harakat al-Nujaba's political bureau complained of delays.",
     ("haider_al_lami", "member_of", "harakat_al_nujaba")),
    # describing an actor as part of another
    ("Saar described Kataib Hezbollah and the Badr Organization as subsidiaries of the Popular Mobilization Forces.",
     ("badr_organization", "member_of", "popular_mobilization_forces")),
    # a stance taken in acting is the actor's: "in protest against", "in support of"
    ("Deputies of Asaib Ahl al-Haq walked out of parliament in protest against Prime Minister Mustafa al-Kadhimi.",
     ("asaib_ahl_al_haq", "opposes", "mustafa_al_kadhimi")),
    ("Asaib Ahl al-Haq marched in support of the PMF.",
     ("asaib_ahl_al_haq", "supports", "popular_mobilization_forces")),
    # refusing to back or support is opposing
    ("The Coordination Framework refused to back Kadhimi's nomination.",
     ("coordination_framework", "opposes", "mustafa_al_kadhimi")),
    # an act a word of demand governs is asked of its doer
    ("Prime Minister Mohammed Shia al-Sudani said the US forces had to leave Iraq.",
     ("mohammed_shia_al_sudani", "demands", "us_forces")),
    ("Kataib Hezbollah tried to kill Mustafa al-Kadhimi.", ("kataib_hezbollah", "attacks", "mustafa_al_kadhimi")),
    # an attack wanted is threatened
    ("Kataib Hezbollah wants to attack US forces.", ("kataib_hezbollah", "threatens", "us_forces")),
    # killing a group's unnamed members attacks the group
    ("A US airstrike killed four members of Iraq's Popular Mobilization Forces in Babil province.",
     ("united_states", "attacks", "popular_mobilization_forces")),
    # generic fighters stand for the group they belong to or operate as
    ("Groups operating as the Islamic Resistance in Iraq claimed more than 150 rocket and drone attacks on US forces.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    ("Fighters operating under the banner of Kataib Hezbollah fired rockets at US troops.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # but factions that name an actor are that actor, a member of what they are affiliated with
    ("Iran-backed armed factions affiliated with the Popular Mobilization Forces fired rockets.",
     ("iran_backed_militias", "member_of", "popular_mobilization_forces")),
    # each of the coordinated modifiers of a force noun
    ("American and coalition troops in Iraq came under attack from drones on Wednesday.",
     ("international_coalition", "deployed_in", "iraq")),
    # the subject of the clause stays where its participle says
    ("Coalition forces will shrink their footprint in Baghdad while staying in Erbil.",
     ("international_coalition", "deployed_in", "erbil")),
    # a name set off by commas after a role holds it, however the parser hangs it
    ("Washington listed Kata'ib Sayyid al-Shuhada and its secretary-general, Hashim Finyan Rahim al-Saraji, in 2023.",
     ("abu_alaa_al_walai", "leads", "kataib_sayyid_al_shuhada")),
    ("The fighters gathered near Dukan in the Kurdistan Region's Sulaimani province.",
     ("sulaimani_province", "located_in", "kurdistan_region")),
    # evidence said to point to an actor accuses it
    ("Kataib Hezbollah's spokesman said the evidence pointed to the United States.",
     ("kataib_hezbollah", "accuses", "united_states")),
    # demanding that an actor act is a demand of it; that it answer for something, an accusation
    ("Qais al-Khazali had called for Mustafa al-Kadhimi to face legal action over the deaths.",
     ("qais_khazali", "accuses", "mustafa_al_kadhimi")),
    ("Muqtada al-Sadr demanded that the Americans leave Iraq.", ("muqtada_al_sadr", "demands", "united_states")),
    # a conjunct with its own auxiliary is outside the first conjunct's negation
    ("Khamenei told him Iran would never forget Soleimani's killing and would certainly strike back at the Americans.",
     ("ali_khamenei", "threatens", "united_states")),
    # commitment to an actor or to its security supports it
    ("Washington remained committed to Israel's security.", ("united_states", "supports", "israel")),
    ("Harakat al-Nujaba said its commitment to the Axis of Resistance was unchanged.",
     ("harakat_al_nujaba", "supports", "axis_of_resistance")),
    ("Mohsen al-Mandalawi reaffirmed support for Gaza and Lebanon.", ("mohsen_al_mandalawi", "supports", "lebanon")),
    # seeking an actor's going opposes it
    ("Kataib Hezbollah has consistently advocated for the withdrawal of US troops.",
     ("kataib_hezbollah", "opposes", "us_forces")),
    ("Asaib Ahl al-Haq wants US forces out of Iraq.", ("asaib_ahl_al_haq", "opposes", "us_forces")),
    # an arrest operation by an armed force on a group attacks it, as the guidelines rule
    ("Iraqi security forces arrested several members of Kataib Hezbollah over the rocket attacks.",
     ("iraqi_security_forces", "attacks", "kataib_hezbollah")),
    # "the group" in a role's phrase still refers, though the parser hangs the role's holder on it
    ("Kataib Hezbollah denied responsibility. A spokesman for the group, Abu Ali al-Askari, said outlaws did it.",
     ("abu_ali_al_askari", "spokesperson_for", "kataib_hezbollah")),
    # a group's mujahideen are the group, as its fighters are
    ("The Islamic Resistance in Iraq said its mujahideen had targeted US forces at Ain al-Asad with a drone.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # a modifier coordinated with a name's own word names another target
    ("The strikes answered attacks against U.S. and coalition forces by Iran-aligned militia groups.",
     ("iran_backed_militias", "attacks", "us_forces")),
    # a verb coordinated with a denial is no part of what is denied
    ("Turkey denied responsibility and blamed the PKK for the attack.", ("turkey", "accuses", "pkk")),
    # the support one needs, seeks or welcomes is given to one
    ("Prime Minister Mohammed Shia al-Sudani welcomed US support.",
     ("united_states", "supports", "mohammed_shia_al_sudani")),
    # opening fire or a campaign on an actor attacks it
    ("Kataib Hezbollah fighters opened fire on US troops near the base.", ("kataib_hezbollah", "attacks", "us_forces")),
    # "the resistance" is the group whose name is headed by it
    ("The Islamic Resistance in Iraq claimed the attack. A month later the resistance opened its campaign of drone "
     "operations against American positions.", ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # each of the coordinated subjects of a passive deployment
    ("Peshmerga forces and US-led coalition troops are stationed at the Harir base.",
     ("international_coalition", "deployed_in", "harir_air_base")),
    # a whole that brings together the factions of a group includes the group
    ("The Iraqi Resistance Coordination Commission, which brings together the factions of the Islamic Resistance in "
     "Iraq, said it would fight.",
     ("islamic_resistance_in_iraq", "member_of", "iraqi_resistance_coordination_commission")),
    # a group's arm is the name in apposition to it, an acronym in brackets left out of the name
    ("The PKK's armed wing, the People's Defence Forces (HPG), said two of its fighters were killed.",
     ("peoples_defence_forces", "member_of", "pkk")),
    # a promise, a pledge or a reserved right to strike is a threat, and so is warning an actor of a response
    ("The Houthis promised to retaliate against the United States and Britain.",
     ("houthis", "threatens", "united_kingdom")),
    ("Iran warned Israel of a harsh response to any attack on its soil.", ("iran", "threatens", "israel")),
    # a group of an organisation named before its noun, and the groups that make up a whole
    ("PMF factions such as Kataib Hezbollah and Kataib Sayyid al-Shuhada have threatened US forces.",
     ("kataib_sayyid_al_shuhada", "member_of", "popular_mobilization_forces")),
    ("Kataib Hezbollah is among the groups that make up the Islamic Resistance in Iraq.",
     ("kataib_hezbollah", "member_of", "islamic_resistance_in_iraq")),
    ("Kataib Hezbollah is among the factions in the PMF.",
     ("kataib_hezbollah", "member_of", "popular_mobilization_forces")),
    # a sentence closed by a full stop is no Title Case headline, however many names and titles it holds
    ("US Defense Secretary Lloyd Austin met Iraqi Defense Minister Thabit al-Abbasi on Tuesday.",
     ("lloyd_austin", "negotiates_with", "thabit_al_abbasi")),
    # who did a wrong ("by") is accused of it, and a message is its issuer's
    ("Iraq condemned the violation of its sovereignty by Turkey.", ("iraq", "accuses", "turkey")),
    ("Iraq's foreign ministry called the strike a violation of Iraqi sovereignty by Turkey.",
     ("iraqi_foreign_ministry", "accuses", "turkey")),
    ("Iraqi Defence Minister Thabit al-Abbasi said the strike was an act of aggression by the United States.",
     ("thabit_al_abbasi", "accuses", "united_states")),
    ("The Iraqi foreign ministry issued a statement condemning the American strike on Jurf al-Sakhar.",
     ("iraqi_foreign_ministry", "accuses", "united_states")),
    # a resolution a body passed is the body's, and what it obliges of an actor is demanded of it
    ("The Iraqi parliament passed a resolution requiring the government to end the presence of foreign troops.",
     ("iraqi_parliament", "demands", "iraqi_government")),
    # a timetable for an actor's withdrawal is of the actor
    ("The Coordination Framework demanded a timetable for the withdrawal of coalition forces.",
     ("coordination_framework", "demands", "international_coalition")),
    # ships linked to or bound for a state are its own; vowing to keep attacking is a threat
    ("The Houthis vowed to keep attacking ships linked to Israel.", ("houthis", "threatens", "israel")),
    ("Erdogan vowed to crush the PKK in northern Iraq.", ("recep_tayyip_erdogan", "threatens", "pkk")),
    # influence stands for whose it is
    ("Sadr, who has opposed both US and Iranian influence, called for calm.", ("muqtada_al_sadr", "opposes", "iran")),
    # a welcome denied, a refusal in a speaker's words with no actor refusing, sanctions and legitimacy as whose
    ("Kataib Hezbollah said US troops were not welcome in Iraq.", ("kataib_hezbollah", "opposes", "us_forces")),
    ("Hadi al-Amiri said the Iraqi people would never accept a permanent American military presence.",
     ("hadi_al_amiri", "opposes", "us_forces")),
    ("Iran rejected the US sanctions.", ("iran", "opposes", "united_states")),
    ("Nujaba has refused to recognize the legitimacy of the US presence.",
     ("harakat_al_nujaba", "opposes", "us_forces")),
    # places: each place coordinated before "in", a place a copula names in another, a place that lies in another
    ("Iranian missiles struck Erbil and Sulaymaniyah in northern Iraq.", ("sulaymaniyah", "located_in", "iraq")),
    ("Tower 22 is a US outpost in Jordan near the Syrian border.", ("tower_22", "located_in", "jordan")),
    ("The al-Tanf garrison lies in southeastern Syria near the Iraqi and Jordanian borders.",
     ("al_tanf", "located_in", "syria")),
    # participles coordinated before a passive agent share it; welcoming is support, the caller's own purpose
    ("Kataib Hezbollah is funded and armed by the IRGC.", ("irgc", "supports", "kataib_hezbollah")),
    ("Secretary of State Mike Pompeo called Kadhimi to welcome the new Iraqi government.",
     ("mike_pompeo", "supports", "iraqi_government")),
    ("Kataib Hezbollah used drones to attack the US embassy.", ("kataib_hezbollah", "attacks", "united_states")),
    # a title the tagger reads as an adjective before a name is still the title
    ("Nujaba's chief Akram al-Kaabi praised the attack.", ("akram_al_kaabi", "leads", "harakat_al_nujaba")),
    # talks: a phone call received, a discussion "with", a negotiation between coordinated subjects, and Erbil
    # acting for the regional government
    ("Sudani received a phone call from Erdogan.",
     ("mohammed_shia_al_sudani", "negotiates_with", "recep_tayyip_erdogan")),
    ("Fuad Hussein discussed the withdrawal with Blinken in a phone call.",
     ("fuad_hussein", "negotiates_with", "antony_blinken")),
    ("Washington and Baghdad are negotiating the end of the coalition mission.",
     ("united_states", "negotiates_with", "iraq")),
    ("Talks between Baghdad and Erbil on oil exports stalled.",
     ("iraq", "negotiates_with", "kurdistan_regional_government")),
    # a force's base is the force's; an enemy stands for whose it is, and paying for crimes is a threat
    ("The Mujahideen of the Islamic Resistance in Iraq targeted the American occupation's base in al-Tanf.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    ("Kataib Hezbollah said the American enemy would pay for its crimes.",
     ("kataib_hezbollah", "threatens", "united_states")),
    # a word the tagger took for a verb after "the" is a noun; a preposition repeated as a conjunct is the verb's
    ("Iraq's government condemned both the militia attacks and the U.S. strikes.",
     ("iraqi_government", "accuses", "united_states")),
    ("Kataib Hezbollah said it had launched drones at Ain al-Asad air base and at a U.S. base in northeastern Syria.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # a target by right is a threat in any tense
    ('"Every American base in Iraq is a legitimate target," Kataib Hezbollah spokesman Jaafar al-Husseini said.',
     ("jaafar_al_husseini", "threatens", "us_forces")),
    # a wrong told by a verb coordinated with another is its shared subject's
    ('"The Americans have killed our brothers and violated our sovereignty," Kataib Hezbollah spokesman Jaafar '
     'al-Husseini said.', ("jaafar_al_husseini", "accuses", "united_states")),
    # facilities in places "used by" a group are the group's, wherever the parser hangs the participle
    ("US Central Command said its forces struck seven facilities in western Iraq and eastern Syria used by Iran's "
     "Islamic Revolutionary Guard Corps.", ("us_central_command", "attacks", "irgc")),
    # a mistake is a wrong, and the "by" the parser hangs on the verb that labels it is its doer
    ("Iran's foreign ministry spokesman Nasser Kanaani called the strikes another adventurous and strategic mistake "
     "by the United States.", ("nasser_kanaani", "accuses", "united_states")),
    # considering an actor a terrorist organisation, read by the parser as a clause of its own
    ("Ankara considers the PKK a terrorist organisation.", ("turkey", "accuses", "pkk")),
    # what one calls the strike told of before, with "which", accuses its agent; summoning an envoy to protest is the
    # summoner's protest
    ("A Turkish drone strike killed three PKK fighters. The Iraqi foreign ministry summoned the Turkish envoy to "
     "protest the strike, which it called a flagrant violation of Iraqi sovereignty.",
     ("iraqi_foreign_ministry", "accuses", "turkey")),
    # a city that undergoes an attack is the city, not the government it may stand for
    ("Erbil, the capital of the Kurdistan Region, was hit by missiles.", ("erbil", "located_in", "kurdistan_region")),
    # support relied on or enjoyed is the supporter's
    ("Analysts say Prime Minister Mohammed Shia al-Sudani, who relies on the support of the Coordination Framework, "
     "is trying to keep Iraq out of the conflict.", ("coordination_framework", "supports", "mohammed_shia_al_sudani")),
    ("Sudani enjoys the backing of the Coordination Framework.",
     ("coordination_framework", "supports", "mohammed_shia_al_sudani")),
    # suspecting an actor of an act accuses it
    ("US officials suspect Kataib Hezbollah of carrying out the strike.",
     ("united_states", "accuses", "kataib_hezbollah")),
    # one unnamed group of a collective is the collective
    ("An Iran-backed militia claimed the attack on US forces in Syria.",
     ("iran_backed_militias", "attacks", "us_forces")),
    # an outlet may support a group, as the gold reads "Al-Ahd television, which is close to his movement"
    ("Al-Ahd television, which is close to Asaib Ahl al-Haq, aired the speech.",
     ("al_ahd_tv", "supports", "asaib_ahl_al_haq")),
    # an actor's outlet is one of it
    ("Sepah News, the IRGC's official outlet, said the site was hit.", ("sepah_news", "member_of", "irgc")),
    # a session or meeting asked of a body is asked of the body
    ("Iraq called for an urgent meeting of the Arab League.", ("iraq", "demands", "arab_league")),
    # "a senior leader" is one leader of several
    ("CENTCOM forces struck a senior Harakat al-Nujaba leader, Mushtaq al-Jawari, in Baghdad.",
     ("mushtaq_al_jawari", "member_of", "harakat_al_nujaba")),
    # an event that leaves its victims dead kills them
    ("The Turkish drone strike left two PKK members dead and three wounded.", ("turkey", "kills", "pkk")),
    # acting against a group, and trading fire with it, attack it
    ("Iraqi forces moved against Kataib Hezbollah on Thursday night.",
     ("iraqi_security_forces", "attacks", "kataib_hezbollah")),
    ("Fighters of Saraya al-Salam were trading fire with Iraqi security forces.",
     ("saraya_al_salam", "attacks", "iraqi_security_forces")),
    # heading a group's council is being one of the group
    ("Bese Hozat, co-chair of the executive council of the Kurdistan Communities Union (KCK), read the statement.",
     ("bese_hozat", "member_of", "kurdistan_communities_union")),
    # "under which" is the umbrella the relative clause hangs on
    ("The Islamic Resistance in Iraq, the umbrella under which Kataib Hezbollah and al-Nujaba operate, claimed it.",
     ("kataib_hezbollah", "member_of", "islamic_resistance_in_iraq")),
    # lobbying asks; writing to someone while asking asks them
    ("Iraq lobbied the United Nations and the Arab League for support.", ("iraq", "demands", "arab_league")),
    ("Israeli Foreign Minister Gideon Sa'ar wrote to the president of the U.N. Security Council, asking for "
     "immediate action against the militias.", ("gideon_saar", "demands", "un_security_council")),
    # a base the registry knows to host a force the article names: the force is there
    ("The Islamic Resistance in Iraq claimed strikes on US forces on Friday. Ain al-Asad air base in Anbar was "
     "targeted twice with rockets and drones.", ("us_forces", "deployed_in", "ain_al_asad_airbase")),
    # a name before "area" names the place, which lies where the area does
    ("The raid targeted a house in southern Baghdad's Dora area.", ("dora", "located_in", "baghdad")),
    ("The strike hit the al-Sa'idat area of Jurf al-Nasr.", ("al_saidat", "located_in", "jurf_al_sakhar")),
    # names hyphenated before an act are each its agent
    ("The US-British strikes hit Houthi targets.", ("united_states", "attacks", "houthis")),
    ("Kataib Hezbollah condemned the Zionist-American attack.", ("kataib_hezbollah", "accuses", "israel")),
    # a relative clause's verb agrees with the umbrella, not the factions it is of
    ("The Islamic Resistance in Iraq, an umbrella of Iran-aligned factions that includes Kataib Hezbollah, claimed "
     "the attack.", ("kataib_hezbollah", "member_of", "islamic_resistance_in_iraq")),
    # bringing someone to power, coming to their aid and following their orders support them
    ("Mohammed Shia al-Sudani was brought to office in October 2022 by the Coordination Framework.",
     ("coordination_framework", "supports", "mohammed_shia_al_sudani")),
    ("The Coordination Framework, the Iran-allied alliance that put Mohammed Shia al-Sudani in office, met on Sunday.",
     ("coordination_framework", "supports", "mohammed_shia_al_sudani")),
    ("Iraq's Iran-aligned factions rushed to Bashar al-Assad's rescue.",
     ("iran_backed_militias", "supports", "bashar_al_assad")),
    ("Hezbollah came to the aid of the Syrian army.", ("hezbollah", "supports", "syrian_army")),
    ("The Popular Mobilization Forces, a network that he said follows Iran's directives, denied it.",
     ("popular_mobilization_forces", "supports", "iran")),
    # a second role coordinated with the first is the same person's; a hyphenated title is one word
    ("Hadi al-Amiri, head of the Fatah Alliance and secretary-general of the Badr Organization, spoke.",
     ("hadi_al_amiri", "leads", "badr_organization")),
    ("Kataib Sayyid al-Shuhada and its secretary-general, Abu Alaa al-Walai, were added to the list.",
     ("abu_alaa_al_walai", "leads", "kataib_sayyid_al_shuhada")),
    # a statement an outlet carried or aired quotes its speaker
    ("In a statement carried by Sepah News, the IRGC said the site was hit.", ("irgc", "quoted_by", "sepah_news")),
    ("In a speech aired by Al-Ahd television, Qais al-Khazali said the protests were a conspiracy.",
     ("qais_khazali", "quoted_by", "al_ahd_tv")),
    # calling someone by name is a call between the two
    ("Joe Biden called Mohammed Shia al-Sudani on Tuesday.",
     ("joe_biden", "negotiates_with", "mohammed_shia_al_sudani")),
    # troops a base hosts are the force that names them
    ("Kataib Hezbollah attacked bases hosting coalition troops.",
     ("kataib_hezbollah", "attacks", "international_coalition")),
    # summoning a state's envoy protests against the state
    ("The Iraqi Foreign Ministry summoned the Turkish charge d'affaires in March.",
     ("iraqi_foreign_ministry", "accuses", "turkey")),
    # a label's "by" names who designated
    ("The PKK is designated a terrorist organization by Turkey, the United States and the European Union.",
     ("european_union", "accuses", "pkk")),
    # the target of a war or insurgency fought; "the Turkish state" is Turkey
    ("The PKK, which has fought an insurgency against the Turkish state since 1984, denied it.",
     ("pkk", "attacks", "turkey")),
    # "neutralized" fighters are killed
    ("Turkish forces said they had neutralized three PKK militants in northern Iraq.",
     ("turkish_armed_forces", "kills", "pkk")),
    # "would take action if" threatens whoever the condition names
    ("Turkish Foreign Minister Hakan Fidan warned that Turkey would take action if the PUK did not end its ties "
     "with the group.", ("hakan_fidan", "threatens", "patriotic_union_of_kurdistan")),
    # a state's own jets or troops are its armed force where the article names it, else the state
    ("Turkish forces struck PKK positions. Turkey said its jets had killed 12 PKK militants.",
     ("turkish_armed_forces", "kills", "pkk")),
    ("Turkey said its jets had killed 12 PKK militants in northern Iraq.", ("turkey", "kills", "pkk")),
    # a group registered in a body is one of it
    ("Kataib Hezbollah, which is registered in the Popular Mobilization Forces as its 45th Brigade, denied it.",
     ("kataib_hezbollah", "member_of", "popular_mobilization_forces")),
    # an organisation named inside another's name, after the state's possessive
    ("Iran's Revolutionary Guards Quds Force approved it.", ("quds_force", "member_of", "irgc")),
    # one of a group's commanders or figures "in" it is its member; its fighters "from" it are it
    ("Ali Hussein, a senior figure in Kataib Hezbollah, rejected the claim.",
     ("ali_hussein", "member_of", "kataib_hezbollah")),
    ("Fighters from Kataib Hezbollah attacked US forces.", ("kataib_hezbollah", "attacks", "us_forces")),
    # heading a group's body is being one of the group
    ("Ali Hussein, who heads the political office of Kataib Hezbollah, spoke.",
     ("ali_hussein", "member_of", "kataib_hezbollah")),
    # whose rival, critic or backer one is
    ("Nouri al-Maliki, a longtime rival of Muqtada al-Sadr, spoke.", ("nouri_al_maliki", "opposes", "muqtada_al_sadr")),
    ("Muqtada al-Sadr is a fierce critic of Iran.", ("muqtada_al_sadr", "accuses", "iran")),
    ("Iran, the main backer of Kataib Hezbollah, denied it.", ("iran", "supports", "kataib_hezbollah")),
    # resisting someone's calls, or challenging them, opposes them
    ("Kataib Hezbollah has resisted calls by Mohammed Shia al-Sudani to lay down its arms.",
     ("kataib_hezbollah", "opposes", "mohammed_shia_al_sudani")),
    ("Muqtada al-Sadr challenged the Coordination Framework.",
     ("muqtada_al_sadr", "opposes", "coordination_framework")),
    # a conjunct verb whose form cannot stand beside the verb it hangs on belongs to the verb above
    ("Masrour Barzani said the visit would open a new page, thanked Erdogan, and left.",
     ("masrour_barzani", "supports", "recep_tayyip_erdogan")),
    # blame pinned on an actor, an attack attributed to it in a relative clause, an actor identified as responsible
    ("The Pentagon pinned the attack on Kataib Hezbollah.",
     ("us_department_of_defense", "accuses", "kataib_hezbollah")),
    ("The attack, which Washington attributed to Kataib Hezbollah, killed three soldiers.",
     ("united_states", "accuses", "kataib_hezbollah")),
    ("Lloyd Austin identified Kataib Hezbollah as responsible for the attack.",
     ("lloyd_austin", "accuses", "kataib_hezbollah")),
    # what an act is described as, and a wrong whose doer modifies it
    ("Kataib Hezbollah denounced what it described as a US assault on its positions.",
     ("kataib_hezbollah", "accuses", "united_states")),
    ("Iran condemned what it called the American crime.", ("iran", "accuses", "united_states")),
    # a participle after the clause tells of its subject; every agent coordinated after "by"
    ("The United States and Britain launched strikes on the Houthis, backed by Australia and Canada.",
     ("canada", "supports", "united_kingdom")),
    # a headline's verb the tagger took for a noun
    ("Asaib Ahl al-Haq leader Qais al-Khazali slams US sanctions", ("qais_khazali", "accuses", "united_states")),
    # a title the tagger took for a verb; a role's examples; a role one became; names beside "other members of"
    ("Badr Organization head Hadi al-Amiri rejected the plan.", ("hadi_al_amiri", "leads", "badr_organization")),
    ("The strike killed three Kataib Hezbollah members, including commander Abu Baqir al-Saadi.",
     ("abu_baqir_al_saadi", "member_of", "kataib_hezbollah")),
    ("Abu Fadak al-Muhammadawi, who became the PMF chief of staff in 2020, spoke.",
     ("abu_fadak_al_muhammadawi", "member_of", "popular_mobilization_forces")),
    ("Kataib Hezbollah, Harakat al-Nujaba and other members of the Islamic Resistance in Iraq claimed the attack.",
     ("kataib_hezbollah", "member_of", "islamic_resistance_in_iraq")),
    # sinking or destroying is an attack, and threatening to is a threat
    ("The Houthis threatened to sink any American ship in the Red Sea.", ("houthis", "threatens", "us_forces")),
    # a demand not to do something is still a demand
    ('"Mohammed Shia al-Sudani must not allow Washington to dictate Iraq\'s policy," Akram al-Kaabi said.',
     ("akram_al_kaabi", "demands", "mohammed_shia_al_sudani")),
    # targets hyphenated with their owner
    ("US strikes hit IRGC-linked sites in Syria.", ("united_states", "attacks", "irgc")),
    # a US dateline's state is part of the dateline, and the dateline modifies none of the sentence's actors
    ("TAMPA, Fla. — U.S. Central Command forces conducted a unilateral strike in Baghdad on Wednesday, killing a "
     "Kataib Hezbollah commander, CENTCOM said in a statement.", ("us_central_command", "kills", "kataib_hezbollah")),
    # a gerund after a preposition is its governor's subject's act where the governor's object names no actor
    ("The United States spent weeks in pressuring Baghdad to act.", ("united_states", "demands", "iraq")),
    # being opposed to, or an enemy of, an actor
    ("Asaib Ahl al-Haq is opposed to the Kadhimi government.", ("asaib_ahl_al_haq", "opposes", "iraqi_government")),
    ("Nouri al-Maliki is an enemy of Muqtada al-Sadr.", ("nouri_al_maliki", "opposes", "muqtada_al_sadr")),
    # what is threatened "against" someone threatens them
    ("President Donald Trump threatened sanctions against Iraq if U.S. troops were forced to leave.",
     ("donald_trump", "threatens", "iraq")),
    # running one of a group's functions is being one of the group
    ("Husayn Falih al-Lami, who runs security for the Popular Mobilization Forces, was sanctioned.",
     ("husayn_falih_al_lami", "member_of", "popular_mobilization_forces")),
    ("Abu Zainab al-Lami oversees intelligence for the Popular Mobilization Forces.",
     ("abu_zainab_al_lami", "member_of", "popular_mobilization_forces")),
    # a finite "verb" the parser made an object is a noun
    ("Iran's Foreign Ministry spokesman Nasser Kanaani strongly condemned the US airstrikes on positions of the "
     "Popular Mobilization Forces in Iraq, calling them a violation of Iraq's sovereignty.",
     ("united_states", "attacks", "popular_mobilization_forces")),
    # "whose" is the actor named before it; "form part of" is being part of
    ("Asaib Ahl al-Haq, whose leader Qais al-Khazali sits in parliament, spoke.",
     ("qais_khazali", "leads", "asaib_ahl_al_haq")),
    ("Kataib Hezbollah forms part of the Popular Mobilization Forces.",
     ("kataib_hezbollah", "member_of", "popular_mobilization_forces")),
    # what an actor's rise or failure is backed or criticised for is the actor's
    ("The Coordination Framework backed Mohammed Shia al-Sudani's rise to power in 2022.",
     ("coordination_framework", "supports", "mohammed_shia_al_sudani")),
    ("Turkey has criticised Baghdad's failure to act against the PKK.", ("turkey", "accuses", "iraq")),
    # an agent the parser hangs on the target of an event noun
    ("The strikes followed attacks against US personnel by Iran-backed militias.",
     ("iran_backed_militias", "attacks", "us_forces")),
    # a group in apposition to a named one is that one, whoever it is affiliated with
    ("A drone strike killed two members of the Sinjar Resistance Units (YBS), a Yazidi armed group affiliated with "
     "the Kurdistan Workers' Party (PKK), the group said.",
     ("sinjar_resistance_units", "member_of", "pkk")),
    # a count of a force stands for the force
    ("Thousands of Turkish soldiers are stationed in the Kurdistan Region.",
     ("turkish_armed_forces", "deployed_in", "kurdistan_region")),
    # saying who built or directed the weapon of an attack accuses them
    ("Israeli military spokesman Daniel Hagari said the drone had been built by Iran and directed by Iran.",
     ("daniel_hagari", "accuses", "iran")),
    # a relative clause with no relative pronoun is about the noun it modifies, which its subject is not
    ("The Treasury Department moved to cut off Al-Huda Bank, an Iraqi lender it accused of moving funds for the IRGC.",
     ("us_treasury", "accuses", "al_huda_bank")),
    # a named base that hosts troops is where they are
    ("Rockets hit the nearby Union III base, which hosts coalition troops.",
     ("international_coalition", "deployed_in", "union_iii_base")),
    # a warning issued to an actor, and a threat to strike one, threaten it
    ("Harakat al-Nujaba issued a warning to the United States.", ("harakat_al_nujaba", "threatens", "united_states")),
    ("Israel's threats to strike Iraq alarmed Baghdad.", ("israel", "threatens", "iraq")),
    # wanting a timetable for an actor's departure opposes its presence
    ("Iraq wanted a clear timetable for the departure of the US-led coalition.",
     ("iraq", "opposes", "international_coalition")),
    # a name with its acronym in brackets before the targets owns them, however the parser hangs it
    ("Turkish warplanes struck Kurdistan Workers Party (PKK) targets in northern Iraq on Sunday.",
     ("turkish_armed_forces", "attacks", "pkk")),
    # killed in clashes with a side: that side killed them
    ("Two Turkish soldiers were killed in clashes with PKK militants.", ("pkk", "kills", "turkish_armed_forces")),
    # a verb of leading with a name for object leads it, though the verb also takes acts ("led the attack")
    ("Qais al-Khazali, who leads Asaib Ahl al-Haq, spoke on Sunday.", ("qais_khazali", "leads", "asaib_ahl_al_haq")),
    # deaths the sentence names no killer for: whoever the text told attacked the dead's side killed them
    ("US jets struck Kataib Hezbollah positions near al-Qaim on Sunday. Kataib Hezbollah said four of its fighters "
     "died.", ("us_forces", "kills", "kataib_hezbollah")),
    # sending is a light verb: what is sent at or to an actor is done to it
    ("Kataib Hezbollah sent a warning to the United States.", ("kataib_hezbollah", "threatens", "united_states")),
    ("Kataib Hezbollah sent three drones toward US forces in Syria.", ("kataib_hezbollah", "attacks", "us_forces")),
    # calling an actor or its presence an occupation opposes it
    ("Kataib Hezbollah views the US military presence as an occupation.",
     ("kataib_hezbollah", "opposes", "us_forces")),
    ("Harakat al-Nujaba has said that US troops who stay will be treated as occupiers.",
     ("harakat_al_nujaba", "opposes", "us_forces")),
    # the names of a relative clause opened by "under which" are the umbrella's members
    ("The Coordination Framework, the umbrella under which Asaib Ahl al-Haq and the Badr Organization sit, named "
     "the new cabinet.", ("badr_organization", "member_of", "coordination_framework")),
    ("The Islamic Resistance in Iraq, the umbrella under which Kataib Hezbollah, Harakat al-Nujaba and Kataib Sayyid "
     "al-Shuhada operate, has claimed most of the 170 drone and rocket attacks on US troops in Syria since October.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # naming armed groups, with nothing they are named, singles them out as culprits
    ("Two Iraqi officials named Kataib Hezbollah and Asaib Ahl al-Haq.", ("iraq", "accuses", "asaib_ahl_al_haq")),
    ("After the strike, Muqtada al-Sadr named Kataib Hezbollah and Asaib Ahl al-Haq.",
     ("muqtada_al_sadr", "accuses", "kataib_hezbollah")),
    # an act a speaker denies any ground accuses whoever did it
    ("Kataib Hezbollah said there was no justification for the American strikes.",
     ("kataib_hezbollah", "accuses", "united_states")),
    # a plural pronoun stands for every group of the coordination it takes up
    ("Saar named Kataib Hezbollah and Asaib Ahl al-Haq, describing them as subsidiaries of the PMF.",
     ("asaib_ahl_al_haq", "member_of", "popular_mobilization_forces")),
    ("Kataib Hezbollah and Harakat al-Nujaba said their fighters attacked US forces.",
     ("harakat_al_nujaba", "attacks", "us_forces")),
    # an official in a group is one of its members
    ("Abu Ali al-Askari, a security official in Kataib Hezbollah, said the group would fight.",
     ("abu_ali_al_askari", "member_of", "kataib_hezbollah")),
    # a vow of revenge naming no one is against whoever the text told attacked the vower
    ("A US drone strike killed a senior commander of Kataib Hezbollah, the militia said, vowing to retaliate.",
     ("kataib_hezbollah", "threatens", "united_states")),
    ("A US drone strike killed a commander of Kataib Hezbollah. The group vowed revenge.",
     ("kataib_hezbollah", "threatens", "united_states")),
    # safety denied to come threatens whom it is denied
    ("Kataib Hezbollah warned that US bases in Iraq would not be safe.",
     ("kataib_hezbollah", "threatens", "us_forces")),
    ("No American soldier will be safe in Iraq, Qais al-Khazali said.", ("qais_khazali", "threatens", "us_forces")),
    # "who" after a predicate noun is the copula's subject
    ("Qais al-Khazali said US forces were occupiers who must leave Iraq.", ("qais_khazali", "demands", "us_forces")),
    # a gerund the parser joins to a verb inside the clause before is the speaker's act ("calling on" with the
    # particle's object)
    ("Saeed Khatibzadeh rejected the accusation, saying Iran had nothing to do with the attack and calling on the "
     "United States to leave the region.", ("saeed_khatibzadeh", "demands", "united_states")),
    # an attack said to bear a group's marks is blamed on it
    ("John Kirby told reporters that the attack bore the hallmarks of Kataib Hezbollah.",
     ("john_kirby", "accuses", "kataib_hezbollah")),
    # a claimed attack is on whom the text told the last attack with no agent was
    ("Rockets struck US forces at Ain al-Asad. Kataib Hezbollah claimed responsibility for the attack.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    ("A drone attack on a coalition base in Syria wounded six soldiers. The Islamic Resistance in Iraq claimed the "
     "drone attack.", ("islamic_resistance_in_iraq", "attacks", "international_coalition")),
    # the name right before a title, cut from it by the parser after a coordination, is the title's organisation
    ("He also sat down with militia leaders including Khazali and Badr chief Hadi al-Amiri.",
     ("hadi_al_amiri", "leads", "badr_organization")),
    # responsibility a speaker lays on an actor is blame
    ("Rockets struck the Iranian consulate in Erbil. Iran said the United States bears full responsibility for the "
     "attack.", ("iran", "accuses", "united_states")),
    # a passive coordinated with an active verb has the active verb's subject for its patient
    ("Badr Organization operates several PMF brigades and is headed by Hadi al-Amiri.",
     ("hadi_al_amiri", "leads", "badr_organization")),
    # "as part of" a group, said of a verb whose object is no actor, is said of its subject
    ("Asaib Ahl al-Haq now holds seats in parliament as part of the Fatah Alliance.",
     ("asaib_ahl_al_haq", "member_of", "fatah_alliance")),
    # a denial with its own object ("a charge Tehran denies") does not unsay the clause before it
    ("US officials accuse Iran of arming the groups, a charge Tehran denies.", ("united_states", "accuses", "iran")),
    # an event's agent reached through its owner: "its forces carried out a strike that killed X"
    ("Central Command said its forces carried out a strike that killed Abu Baqir al-Saadi.",
     ("us_central_command", "kills", "abu_baqir_al_saadi")),
    # members "from" a group stand for it, as members "of" it do
    ("Lawmakers from the Coordination Framework rejected the American military presence.",
     ("coordination_framework", "opposes", "us_forces")),
    # ... and is about the base
    ("A rocket attack targeted the Harir air base north of Erbil, which hosts US troops.",
     ("us_forces", "deployed_in", "harir_air_base")),
    # a group's governing body speaks for it
    ("Harakat al-Nujaba vowed revenge. Its political council said the United States had violated every agreement "
     "with Iraq.", ("harakat_al_nujaba", "accuses", "united_states")),
    # summoning a state's charge d'affaires, whom the parser reads as a verb's subject, protests against the state
    ("Iraqi Foreign Minister Fuad Hussein summoned the US charge d'affaires to protest the attack.",
     ("fuad_hussein", "accuses", "united_states")),
    # a plural count of events takes their arguments: "hundreds of drone strikes against PKK positions"
    ("Turkey has carried out hundreds of drone strikes against suspected PKK positions.", ("turkey", "attacks", "pkk")),
    # "X-affiliated": a group affiliated with a group is in it
    ("Harakat al-Nujaba, a PMF-affiliated group, denied involvement.",
     ("harakat_al_nujaba", "member_of", "popular_mobilization_forces")),
    # an office given by a verb of appointing
    ("Abu Fadak al-Mohammedawi was named PMF chief of staff.",
     ("abu_fadak_al_muhammadawi", "member_of", "popular_mobilization_forces")),
    ("Akram al-Kaabi was named secretary-general of Harakat al-Nujaba in 2013.",
     ("akram_al_kaabi", "leads", "harakat_al_nujaba")),
    # a veteran of a group served in it
    ("Abu Fadak al-Mohammedawi, a veteran of Kataib Hezbollah, spoke.",
     ("abu_fadak_al_muhammadawi", "member_of", "kataib_hezbollah")),
    # "X and other PMF groups": X is one of them, whatever the clause says of them all
    ("Kataib Hezbollah and other PMF groups denied involvement.",
     ("kataib_hezbollah", "member_of", "popular_mobilization_forces")),
    ("Kataib Hezbollah and other Iran-backed groups denied involvement.", ("iran", "supports", "kataib_hezbollah")),
    # attacks vowed to go on are against those the group attacked before
    ("The Islamic Resistance in Iraq said its fighters had targeted US forces at Ain al-Asad. The group has vowed to "
     "keep up the attacks until the last American soldier leaves Iraq.",
     ("islamic_resistance_in_iraq", "threatens", "us_forces")),
    # a relative clause with a subject of its own names its own host
    ("The Kurdistan Regional Government, whose capital Erbil hosts US troops, has urged Baghdad to act.",
     ("us_forces", "deployed_in", "erbil")),
    # a warning that says nothing more is a threat
    ("Hussein al-Mousawi, the spokesman of Harakat al-Nujaba, also warned Israel.",
     ("hussein_al_mousawi", "threatens", "israel")),
    # an actor said to be within the speaker's reach is threatened
    ("“The Zionist entity should know that its bases are within our reach,” said Hussein al-Mousawi, the spokesman "
     "of Harakat al-Nujaba.", ("hussein_al_mousawi", "threatens", "israel")),
    # fighting promised until an actor leaves threatens it
    ("Kataib Hezbollah vowed to keep fighting until the last American soldier leaves Iraq.",
     ("kataib_hezbollah", "threatens", "us_forces")),
    ("“We will not stop until the last American soldier leaves our land,” said Abu Ali al-Askari, a Kataib Hezbollah "
     "official.", ("abu_ali_al_askari", "threatens", "us_forces")),
    ("Kataib Hezbollah said its operations would continue until the withdrawal of US forces.",
     ("kataib_hezbollah", "threatens", "us_forces")),
    # what a vow of revenge answers was done, and who did it is threatened
    ("Kataib Hezbollah vowed revenge for the US strikes on its positions.",
     ("united_states", "attacks", "kataib_hezbollah")),
    ("Kataib Hezbollah pledged to avenge the killing of Abu Baqir al-Saadi by US forces.",
     ("kataib_hezbollah", "threatens", "us_forces")),
    ("Kataib Hezbollah pledged to avenge the killing of Abu Baqir al-Saadi by US forces.",
     ("us_forces", "kills", "abu_baqir_al_saadi")),
    # a hesitation denied affirms the act
    ("Kataib Hezbollah said it would not hesitate to strike US bases.", ("kataib_hezbollah", "threatens", "us_forces")),
    # an act condemned "as" something done by an actor was done by it
    ("Iran condemned the assassination of Soleimani as an act of state terrorism by the United States.",
     ("iran", "accuses", "united_states")),
    ("Baghdad condemned the strike as a violation of its sovereignty by Turkey.", ("iraq", "accuses", "turkey")),
    # a complaint lodged against an actor accuses it
    ("Iraq lodged a formal complaint against Turkey at the UN Security Council.", ("iraq", "accuses", "turkey")),
    # a bare body noun before a role word is the body named before
    ("The Ministry of Peshmerga Affairs accused the PKK. The PKK endangers our citizens, ministry spokesperson "
     "Sarbast Lazgin told Rudaw.", ("sarbast_lazgin", "spokesperson_for", "krg_ministry_of_peshmerga_affairs")),
    # ranks before a name are not the name
    ("US commander Maj. Gen. John Brennan claimed the attacks came from Iran-backed militia groups.",
     ("john_brennan", "official_of", "united_states")),
    # a curly apostrophe in "charge d’affaires", which the parser reads as a verb with "charge" for its subject
    ("Iraq recalled its ambassador from Tehran and summoned Iran’s charge d’affaires in Baghdad in protest.",
     ("iraq", "accuses", "iran")),
    # an organisation's outlet is one of its parts
    ("The IRGC fired missiles at Erbil. Sepah News, the Guards’ official outlet, said the strike hit a spy center.",
     ("sepah_news", "member_of", "irgc")),
    # a label "as" which the parser hangs on the object labelled
    ("Yahya Rahim Safavi described the assassination of General Qassem Soleimani by the US as a cowardly terrorist "
     "act.", ("yahya_rahim_safavi", "accuses", "united_states")),
    # an attack a speaker says another carried out: blame
    ("The White House said the attack was carried out by a group of Iran-backed militias operating in Syria and "
     "Iraq.", ("white_house", "accuses", "iran_backed_militias")),
    # "X, an Iran-aligned militia" describes X, which supports Iran; the list a designation names is no actor
    ("The State Department designated Harakat Ansar Allah al-Awfiya, an Iran-aligned militia in Iraq, and its "
     "secretary-general as Specially Designated Global Terrorists.",
     ("harakat_ansar_allah_al_awfiya", "supports", "iran")),
    # ships linked to a state are the state's, even where the text names its armed force
    ("Israeli military spokesman Daniel Hagari spoke. The Houthis said they had fired missiles at ships linked to "
     "Israel in the Red Sea.", ("houthis", "attacks", "israel")),
    # an official "from" a group is one of its members
    ("Mohammed al-Bayati, a lawmaker from the Fatah Alliance, said the vote would go ahead.",
     ("mohammed_al_bayati", "member_of", "fatah_alliance")),
    # a plural role before coordinated names is every name's
    ("Kataib Hezbollah members Abu Ali al-Askari and Jaafar al-Husseini wrote on Telegram.",
     ("jaafar_al_husseini", "member_of", "kataib_hezbollah")),
    # counted among those killed in an event: killed by its agent
    ("Three Kataib Hezbollah fighters were among those killed in the US strikes.",
     ("united_states", "kills", "kataib_hezbollah")),
    # no actor acts on itself: a verb the parser hangs on an infinitive is coordinated with the verb above that
    ("Hadi al-Amiri spoke. He added that the United States had \"no right\" to strike Iraqi territory and accused "
     "Washington of protecting Islamic State remnants.", ("hadi_al_amiri", "accuses", "united_states")),
    # an attack told on no actor is still its agent's, for "the strike" later
    ("A Turkish drone struck a vehicle near the town of Penjwen on Tuesday, killing three people. The Kurdistan "
     "Regional Government condemned the strike.", ("kurdistan_regional_government", "accuses", "turkish_armed_forces")),
    # a ministry's forces are its state's armed force
    ("Turkish forces are in northern Iraq. The Turkish defence ministry said its forces had neutralized 17 PKK "
     "militants.", ("turkish_armed_forces", "kills", "pkk")),
    # who keeps up attacks carries them out
    ("Harakat al-Nujaba has kept up drone launches at Israel.", ("harakat_al_nujaba", "attacks", "israel")),
    # one of a group's leaders is one of the group; and no one sanctions its own leaders
    ("Washington has designated Kataib Hezbollah a terrorist organisation since 2009 and sanctioned its leaders, "
     "including Abu Fadak al-Mohammadawi.", ("abu_fadak_al_muhammadawi", "member_of", "kataib_hezbollah")),
    # a plural role before coordinated names: each holds it
    ("Two IRGC officers, Ehsan Karbalaipour and Morteza Saeidnejad, were killed.",
     ("morteza_saeidnejad", "member_of", "irgc")),
    # an attack named in apposition after it is told, and labelled in a relative clause with no object
    ("US warplanes bombed positions of Kataib Hezbollah, killing two fighters, a strike the Iraqi government "
     "described as a violation of sovereignty.", ("iraqi_government", "accuses", "us_forces")),
    # the crimes "of" an actor are its; the wrong an attack answers is another's
    ("The Islamic Resistance in Iraq announced that its mujahideen had targeted the US base at al-Shaddadi, in "
     "response to the crimes of the Zionist entity against the people of Gaza.",
     ("islamic_resistance_in_iraq", "accuses", "israel")),
    # a discussion's "with", wherever the parser hangs it in the object
    ("Antony Blinken also discussed the fight against Islamic State and the future of the coalition with Iraqi Foreign "
     "Minister Fuad Hussein.", ("antony_blinken", "negotiates_with", "fuad_hussein")),
    # a named body before a title, whatever the parser makes of the name after it
    ("Iran’s foreign ministry spokesman, Nasser Kanaani, called the raids a clear breach.",
     ("nasser_kanaani", "spokesperson_for", "iranian_foreign_ministry")),
    # "the attack" is the attack last named so, not the operation told after it
    ("PKK militants attacked a Peshmerga post in Duhok. Turkey launched a new operation against the PKK. KRG Prime "
     "Minister Masrour Barzani condemned the attack.", ("masrour_barzani", "accuses", "pkk")),
    # a force's post or checkpoint is the force's
    ("PKK militants attacked a Peshmerga post in Duhok province.", ("pkk", "attacks", "peshmerga")),
    # a call after ", and" that the parser hung on the reported clause is the reporter's
    ("The Kurdistan Region's Ministry of Peshmerga Affairs said the attackers used rocket-propelled grenades, and "
     "called on the PKK to leave the Kurdistan Region.", ("krg_ministry_of_peshmerga_affairs", "demands", "pkk")),
    # a title opening a quotation's attribution is the name's after it, however the quotation breaks the parse
    ("The Kurdistan Region's Ministry of Peshmerga Affairs said so. \"The PKK's presence has brought nothing but "
     "destruction,\" ministry spokesperson Brig. Gen. Sarbast Lazgin told Kurdistan24.",
     ("sarbast_lazgin", "spokesperson_for", "krg_ministry_of_peshmerga_affairs")),
    # a call after a copula's reported clause is the reporter's
    ("Hossein Amir-Abdollahian spoke to Fuad Hussein. He said the presence of US forces in Iraq was the main source "
     "of insecurity and called on the Iraqi government to expel foreign troops.",
     ("hossein_amir_abdollahian", "demands", "iraqi_government")),
    # a stance on an actor's backing is a stance on the actor
    ("Hadi al-Amiri praised Iran's support for the fight against ISIS.", ("hadi_al_amiri", "supports", "iran")),
    # a head's office is the office the registry says the head holds
    ("The office of President Barham Salih called the Turkish incursions a breach of Iraqi sovereignty.",
     ("iraqi_presidents_office", "accuses", "turkey")),
    # a force's name before its officers still names the force
    ("Two senior Iraqi border guard officers were killed by a Turkish drone.",
     ("turkish_armed_forces", "attacks", "border_guards_command")),
    # a killing told in a relative clause on the event ("in which"), or on a wrong of the killer's
    ("The protest came two days after the US drone strike in which Abu Mahdi al-Muhandis was killed.",
     ("united_states", "kills", "abu_mahdi_al_muhandis")),
    ("They marked the American crime in which Soleimani and Muhandis were martyred.",
     ("united_states", "kills", "qasem_soleimani")),
    # "attacks by X on Y", where the parser hangs the target on the agent
    ("Attacks by Iran-backed militias on US forces have surged.", ("iran_backed_militias", "attacks", "us_forces")),
    # strikes that continued happened
    ("The US-led coalition's strikes on Islamic State continued.",
     ("international_coalition", "attacks", "islamic_state")),
    # a killing owned by its victim, done in an event of the killer's or by it
    ("Soleimani's killing in a US strike in 2020 changed the region.", ("united_states", "kills", "qasem_soleimani")),
    # what is given to a bare dative is given to it; a court's ruling stands for the court
    ("Kataib Hezbollah gave the Iraqi government a deadline to end the US presence.",
     ("kataib_hezbollah", "demands", "iraqi_government")),
    ("The KDP rejected the Federal Supreme Court ruling.",
     ("kurdistan_democratic_party", "opposes", "federal_supreme_court")),
    # holding an actor accountable is holding it responsible
    ("The Pentagon held Kataib Hezbollah accountable for the attack.",
     ("us_department_of_defense", "accuses", "kataib_hezbollah")),
    # a penalty that states its charge accuses whom it falls on
    ("The United States imposed sanctions on Asaib Ahl al-Haq for human rights abuses.",
     ("united_states", "accuses", "asaib_ahl_al_haq")),
    ("The Treasury Department imposed sanctions on Kataib Hezbollah over its attacks on US forces.",
     ("us_treasury", "accuses", "kataib_hezbollah")),
    # a barrage or salvo is an attack, its agent named as an attack's is
    ("In January 2020, an Iranian missile barrage on Ain al-Asad injured more than 100 American soldiers.",
     ("iran", "attacks", "us_forces")),
    # a kind of craft between a state and its military noun: the state's armed force
    ("US fighter jets struck facilities used by Kataib Hezbollah.", ("us_forces", "attacks", "kataib_hezbollah")),
    # a role that is no office is still of the group it names
    ("Abu Ali, a Kataib Hezbollah activist, said the group would respond.",
     ("abu_ali", "member_of", "kataib_hezbollah")),
    # a when-clause the parser hangs on a verb coordinated after the killing still tells who killed
    ("Three members of Kataib Hezbollah were killed and five wounded when a US airstrike hit their vehicle.",
     ("united_states", "kills", "kataib_hezbollah")),
    # a death announced: killed by the agent of the strike it happened in
    ("Kataib Hezbollah announced the death of its commander Abu Taqwa al-Saidi in a US strike on its headquarters.",
     ("united_states", "kills", "abu_taqwa_al_saidi")),
    # who is ready or prepared to strike threatens: the subject of the copula the adjective hangs on
    ("Kataib Hezbollah is ready to target US forces.", ("kataib_hezbollah", "threatens", "us_forces")),
    ("Hezbollah said it was prepared to strike Israel.", ("hezbollah", "threatens", "israel")),
    ("Abu Hussein al-Hamidawi, secretary-general of Kataib Hezbollah, said the group's missiles were ready to strike "
     "American bases.", ("abu_hussein_al_hamidawi", "threatens", "us_forces")),
    # a place is where it is, whatever its relative clause says it hosts
    ("The attack targeted Ain al-Asad air base in western Anbar province, which hosts American forces.",
     ("ain_al_asad_airbase", "located_in", "anbar")),
    # what a place noun is called is a place, whatever the NER takes it for
    ("The drone struck a house in the village of Kani Masi in Duhok province.",
     ("kani_masi", "located_in", "duhok_province")),
    # headlines: names listed with a comma are subjects together; a source before a colon says what follows it; an
    # unnamed "Iran-backed militia" without an article is the collective
    ("Sudani, Biden discuss end of coalition mission", ("mohammed_shia_al_sudani", "negotiates_with", "joe_biden")),
    ("Pentagon: Iran-backed militia behind Tower 22 attack",
     ("us_department_of_defense", "accuses", "iran_backed_militias")),
    # a definite "Iran-backed faction" describes the group named with it
    ("Kataib Hezbollah, the hard-line Iran-backed faction, campaigned against Kadhimi.",
     ("iran", "supports", "kataib_hezbollah")),
    # a dateline's city the parser takes for the subject, with the subject its apposition, places the report
    ("ERBIL, Kurdistan Region - A Turkish drone strike on Sunday killed two members of the PKK in the Qandil "
     "mountains.", ("turkey", "kills", "pkk")),
    # a general is a rank: one of the force's generals
    ("Senior commander of the Islamic Revolution Guards Corps Brigadier General Hossein Salami warned Washington.",
     ("hossein_salami", "member_of", "irgc")),
    # alleging that an actor did something, or branding it, accuses it
    ("Iran alleged that the United States had orchestrated the protests.", ("iran", "accuses", "united_states")),
    ("Kataib Hezbollah branded Prime Minister Mustafa al-Kadhimi a collaborator with the Americans.",
     ("kataib_hezbollah", "accuses", "mustafa_al_kadhimi")),
    # a participle of calling hung on a reported clause is the reporter's; saying an actor betrayed accuses it
    ("Iraq's Human Rights Commission said the US strike killed civilians, calling it a war crime.",
     ("human_rights_commission", "accuses", "united_states")),
    ("Kataib Hezbollah said Kadhimi had betrayed Iraq.", ("kataib_hezbollah", "accuses", "mustafa_al_kadhimi")),
    # talks a light verb launches are held by its subjects, whatever else the verb may cue
    ("Iraq and the United States launched a new round of strategic dialogue in Washington.",
     ("iraq", "negotiates_with", "united_states")),
    # a whole made up of parts; a role whose holder a copula names
    ("The Islamic Resistance in Iraq is made up of Kataib Hezbollah, Harakat al-Nujaba and other hardline factions.",
     ("harakat_al_nujaba", "member_of", "islamic_resistance_in_iraq")),
    ("Kataib Sayyid al-Shuhada, whose secretary-general is Abu Alaa al-Walai, operates within the PMF.",
     ("abu_alaa_al_walai", "leads", "kataib_sayyid_al_shuhada")),
    # what a group asks of its own fighters is its own act to come
    ("Kataib Hezbollah asked its fighters to target US forces.", ("kataib_hezbollah", "threatens", "us_forces")),
    # a headline's clauses joined by a semicolon keep their own subjects
    ("Three US soldiers killed in drone attack in Jordan; Biden blames Iran-backed groups",
     ("joe_biden", "accuses", "iran_backed_militias")),
    # an outlet quoting an actor as saying something
    ("Kurdistan24 quoted Peshmerga spokesman Sarbast Lazgin as saying the attack came from the south.",
     ("sarbast_lazgin", "quoted_by", "kurdistan24")),
    # a force sent somewhere is deployed there
    ("US troops were deployed to Iraq in 2014.", ("us_forces", "deployed_in", "iraq")),
    ("Peshmerga forces were sent to Kirkuk after the Iraqi army withdrew.", ("peshmerga", "deployed_in", "kirkuk")),
    # a government named on one of its ministries is that ministry
    ("The KRG's interior ministry condemned the attack and called on Tehran to respect the sovereignty of the "
     "Kurdistan Region.", ("kurdistan_regional_government_interior_ministry", "demands", "iran")),
    # a backer's proxies, unnamed, are the collective it backs
    ("Tehran's proxies in Iraq have largely stayed out of the fighting.", ("iran", "supports", "iran_backed_militias")),
    ("Iran's Iraqi proxies fired rockets at US forces.", ("iran_backed_militias", "attacks", "us_forces")),
    # an event that leaves its victims dead, or claims their lives, killed them
    ("A Turkish drone strike left three PKK fighters dead near Makhmour.", ("turkey", "kills", "pkk")),
    ("The Israeli strike claimed the lives of two IRGC advisers in Damascus.", ("israel", "kills", "irgc")),
    # what is demanded "from" an actor is demanded of it, and a capital named so is its state
    ("Iraq demanded an explanation from Washington.", ("iraq", "demands", "united_states")),
    # a source or official in a body speaks for it; one in a place does not make the place a speaker
    ("A source in the Popular Mobilization Forces told AFP that the strike hit a weapons depot.",
     ("popular_mobilization_forces", "quoted_by", "afp")),
    # a warship is a place; what operates somewhere is there
    ("Ryder said the destroyer USS Carney, operating in the Red Sea, had intercepted several missiles.",
     ("uss_carney", "located_in", "red_sea")),
    ("US forces operating in Syria came under attack.", ("us_forces", "deployed_in", "syria")),
    # weapons fired by an actor are its attack
    ("Several rockets fired by Kataib Hezbollah struck a US base in Syria.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # one leader "in" a group is one of its members
    ("Ahmed al-Asadi, a leader in the Fatah Alliance, said the vote was binding.",
     ("ahmed_al_asadi", "member_of", "fatah_alliance")),
    # who says it carried out an attack told with no agent carried it out, on whom it was told
    ("A drone strike on Wednesday killed a commander of Harakat al-Nujaba in eastern Baghdad. The US military later "
     "said it had carried out the strike in self-defence.", ("us_forces", "attacks", "harakat_al_nujaba")),
    # a description right before a name is the name's, whether or not an article opens it; a call with someone is
    # talks
    ("Iran-backed Iraqi militia Kataib Hezbollah said on Monday it would suspend attacks.",
     ("iran", "supports", "kataib_hezbollah")),
    ("Fuad Hussein condemned the US strikes during a call with Secretary of State Antony Blinken.",
     ("fuad_hussein", "negotiates_with", "antony_blinken")),
    # a word for the holder's tenure passes on the state named before it
    ("Iraqi caretaker Prime Minister Adel Abdul-Mahdi condemned the strikes.",
     ("adel_abdul_mahdi", "official_of", "iraq")),
    # a count of installations a state keeps somewhere places its force there
    ("A Turkish drone struck a car in Duhok. Turkey maintains dozens of military outposts in Duhok province.",
     ("turkish_armed_forces", "deployed_in", "duhok_province")),
    # a condemnation's adjective finds fault with whoever did the act
    ("US jets struck Kataib Hezbollah on Sunday. Abdul-Mahdi called the strikes a vicious assault.",
     ("adel_abdul_mahdi", "accuses", "us_forces")),
    # "one of its commanders, X": the name the count is given holds the role
    ("The Popular Mobilization Forces said one of its commanders, Abu Mustafa al-Saadi, was among the dead.",
     ("abu_mustafa_al_saadi", "member_of", "popular_mobilization_forces")),
    # fighters an attack killed, given to no group, are the attacked group's
    ("Israeli warplanes struck positions of Iranian-backed militias near Deir al-Zor, killing at least nine fighters.",
     ("israel_defense_forces", "kills", "iran_backed_militias")),
    ("A Turkish drone strike on PKK positions in Sinjar killed three militants.", ("turkey", "kills", "pkk")),
    # attacks promised as long as an actor stays threaten it; attacks told with no agent are the speaker's
    ("Its spokesman, Jaafar al-Husseini, told Al Mayadeen that the attacks would continue as long as US troops "
     "remained in Iraq.", ("jaafar_al_husseini", "threatens", "us_forces")),
    ("Jaafar al-Husseini said the operations would continue until US forces leave Iraq.",
     ("jaafar_al_husseini", "threatens", "us_forces")),
    # a death "in the strike", or revenge "for the killing", is of the event told before, and its doer recalled
    ("A U.S. drone strike in Baghdad killed Qassem Soleimani. Thousands marched. Abu Mahdi al-Muhandis was also "
     "killed in the strike.", ("united_states", "kills", "abu_mahdi_al_muhandis")),
    ("A U.S. drone strike in Baghdad killed Qassem Soleimani. Iran has vowed harsh revenge for the killing.",
     ("iran", "threatens", "united_states")),
    # a delegation from a state stands for it
    ("Falih al-Fayyadh received a delegation from Iran led by Ali Akbar Ahmadian.",
     ("falih_al_fayyadh", "negotiates_with", "iran")),
    # whom one tells something in a phone call is the other party to the call
    ("Secretary of State Antony Blinken told Sudani in a phone call on Thursday that attacks on U.S. personnel must "
     "stop.", ("antony_blinken", "negotiates_with", "mohammed_shia_al_sudani")),
    # a group's shelters and tunnels stand for the group
    ("Turkish warplanes, drones and artillery struck PKK shelters, tunnels and ammunition depots, the ministry said.",
     ("turkish_armed_forces", "attacks", "pkk")),
    # an organisation "of" a person is the one the person heads
    ("The State of Law Coalition of former prime minister Nouri al-Maliki welcomed the statement.",
     ("nouri_al_maliki", "leads", "state_of_law_coalition")),
    # a role set off by commas names the person the parser hung elsewhere
    ("The U.S. State Department on Thursday designated Kataib Sayyid al-Shuhada and its secretary-general, Hashim "
     "Finyan Rahim al-Saraji, as Specially Designated Global Terrorists.",
     ("us_state_department", "accuses", "abu_alaa_al_walai")),
    # who goes on using others to do a wrong is who the speaker accuses of it
    ("\"Iran continues to use its proxies to threaten the security of Iraq and the region,\" Secretary of State "
     "Antony Blinken said in a statement.", ("antony_blinken", "accuses", "iran")),
    # recalling one's own ambassador from a state, or expelling its ambassador, protests against it
    ("Iran's Revolutionary Guards fired missiles at Erbil. The Iraqi government recalled its ambassador from Tehran "
     "for consultations.", ("iraqi_government", "accuses", "iran")),
    ("Iraq expelled the Turkish ambassador.", ("iraq", "accuses", "turkey")),
    # supporting a state's sovereignty supports the state
    ("State Department spokesman Matthew Miller said Washington supported Iraq's sovereignty.",
     ("united_states", "supports", "iraq")),
    # "X, of the Fatah bloc": one of the bloc
    ("Iraqi lawmaker Mohammed al-Baldawi, of the Fatah bloc, said the vote was binding.",
     ("mohammed_al_baldawi", "member_of", "fatah_alliance")),
    # who dies of wounds taken in a strike was killed by whoever struck
    ("Abu Taqi al-Saidi died of wounds sustained in an Israeli strike.", ("israel", "kills", "abu_taqi_al_saidi")),
    # a commander in a group's unit, whose name names no actor, is one of the group
    ("Abu Ali al-Basri, a commander in Kataib Hezbollah's Brigade 45, was arrested.",
     ("abu_ali_al_basri", "member_of", "kataib_hezbollah")),
    # a base hosts the force the article names most
    ("Iran-backed militias have attacked US forces dozens of times. US forces have responded with strikes, the "
     "coalition said. Rockets hit Ain al-Asad air base on Monday.",
     ("us_forces", "deployed_in", "ain_al_asad_airbase")),
    # what one welcomes of an actor's words, one welcomes of the actor
    ("Kataib Hezbollah welcomed Sudani's remarks.", ("kataib_hezbollah", "supports", "mohammed_shia_al_sudani")),
    # an attack told with no agent and later said to be claimed by a group is the group's, on whom it was told
    ("The US embassy in Baghdad came under rocket fire. The attack was claimed by Kataib Hezbollah.",
     ("kataib_hezbollah", "attacks", "united_states")),
    # a participle on what the copula says its subject is tells of the subject
    ("Abu Baqir al-Saadi was the second senior commander killed by the United States this year.",
     ("united_states", "kills", "abu_baqir_al_saadi")),
    ("Harakat al-Nujaba is a militia backed by Iran.", ("iran", "supports", "harakat_al_nujaba")),
    # a demand is of whom the clause it states names
    ("Kataib Hezbollah's demand that US forces leave Iraq was rejected by Washington.",
     ("kataib_hezbollah", "demands", "us_forces")),
    # strikes told by a relative clause ("strikes that killed") are named by their noun, and a clause on strikes
    # told before ("the strikes, which hit 85 targets") tells of no new attack whose doer is unknown
    ("Iraq's factions were divided over how to respond to U.S. retaliatory strikes that killed 16 people in western "
     "Iraq. The strikes on Friday, which hit more than 85 targets in Iraq and Syria, followed a drone attack that "
     "killed three U.S. soldiers. Kataib Hezbollah suspended its attacks on U.S. forces last week. Iraq's government "
     "condemned the strikes as a violation of Iraqi sovereignty.", ("iraqi_government", "accuses", "united_states")),
    # an "of" right after the last of coordinated nouns is the last noun's
    ("U.S. strikes killed 16 people in western Iraq. Government spokesman Basim al-Awadi said the strikes had killed "
     "civilians and members of the Popular Mobilization Forces.",
     ("united_states", "kills", "popular_mobilization_forces")),
    # voting for a candidate supports the candidate
    ("The Sovereignty Alliance voted for Salem al-Issawi.", ("sovereignty_alliance", "supports", "salem_al_issawi")),
    # fighters "killed in the strikes" were killed by whoever the text told struck them, not by whoever last struck
    ("US strikes Kataib Hezbollah facilities in Iraq and Syria. The U.S. military carried out airstrikes on Sunday "
     "against five facilities used by Kataib Hezbollah. Kataib Hezbollah said 25 of its fighters were killed in the "
     "strikes.", ("us_forces", "kills", "kataib_hezbollah")),
    # what a participle of regarding says a group is, an apposition would say
    ("Kataib Hezbollah, seen as Tehran's most loyal proxy in Iraq, rejected the truce.",
     ("iran", "supports", "kataib_hezbollah")),
    # asking another to stop a wrong accuses whoever commits it
    ("Iranian drones struck opposition camps near Koya. The Kurdistan Regional Government called on Baghdad and the "
     "international community to stop the Iranian aggression.", ("kurdistan_regional_government", "accuses", "iran")),
    # hosting envoys is meeting them
    ("Sudani hosted a delegation from the Islamic Resistance Coordination Committee at his office on Monday.",
     ("mohammed_shia_al_sudani", "negotiates_with", "islamic_resistance_coordination_committee")),
    # the acts a speaker's phrase names as its own group's are the speaker's to announce
    ("In an interview with Al-Ahed TV, the secretary-general of Kataib Sayyid al-Shuhada, Abu Alaa al-Walai, said "
     "his group would keep up its operations against U.S. forces in Iraq and Syria.",
     ("abu_alaa_al_walai", "threatens", "us_forces")),
    # the speaker of a participle of saying is the subject of the verb it hangs on
    ("Abu Alaa al-Walai rejected the decision, saying the Americans were the real terrorists.",
     ("abu_alaa_al_walai", "accuses", "united_states")),
    ("Abu Alaa al-Walai posted on Telegram that the Americans were terrorists.",
     ("abu_alaa_al_walai", "accuses", "united_states")),
    # training and weapons from an actor are its support
    ("Harakat al-Nujaba receives training and weapons from the Quds Force.",
     ("quds_force", "supports", "harakat_al_nujaba")),
    # a verb in scare quotes is still the verb
    ("Baghdad demanded the withdrawal of Turkish forces. Turkey's defence ministry said its forces had "
     "\"neutralised\" three PKK militants in the area.", ("turkish_armed_forces", "kills", "pkk")),
    # a list the parser took for an apposition is still a list
    ("The Coordination Framework includes the State of Law Coalition, the Badr Organization and Asaib Ahl al-Haq.",
     ("asaib_ahl_al_haq", "member_of", "coordination_framework")),
    # a person's party is the one they lead
    ("The Coordination Framework includes Nouri al-Maliki's State of Law Coalition.",
     ("nouri_al_maliki", "leads", "state_of_law_coalition")),
    # one leader heads the nearest of a list's groups
    ("The bloc includes the Badr Organization of Hadi al-Amiri, and Asaib Ahl al-Haq, led by Qais al-Khazali.",
     ("qais_khazali", "leads", "asaib_ahl_al_haq")),
    # a relative clause's fronted "of" names the whole
    ("The Popular Mobilization Forces, of which Harakat al-Nujaba is a part, mourned him.",
     ("harakat_al_nujaba", "member_of", "popular_mobilization_forces")),
    # who sign a pact with each other have negotiated
    ("Iraq and Iran signed a border security agreement on Sunday.", ("iraq", "negotiates_with", "iran")),
    ("Iraqi Foreign Minister Fuad Hussein signed the deal with Iranian Foreign Minister Hossein Amir-Abdollahian in "
     "Baghdad.", ("fuad_hussein", "negotiates_with", "hossein_amir_abdollahian")),
    # an alias's "US" is also written "U.S."
    ("The U.S. Treasury Department imposed sanctions on Falih al-Fayyadh, accusing him of involvement in the "
     "killing of protesters.", ("us_treasury", "accuses", "falih_al_fayyadh")),
    # "the Baghdad district of Dora" is in Baghdad
    ("The rockets were fired from the eastern Baghdad district of Baladiyat.", ("baladiyat", "located_in", "baghdad")),
    # an office's title names no force, even on a word for a force's men
    ("Iraqi National Security Adviser Qasim al-Araji spoke.", ("qasim_al_araji", "official_of", "iraq")),
    # "at odds with" is opposition
    ("The Sadrist movement has long been at odds with the Coordination Framework.",
     ("sadrist_movement", "opposes", "coordination_framework")),
    # a supposed aggression's doer is threatened
    ('"Any Israeli aggression will be met with a crushing response," Kataib Hezbollah said.',
     ("kataib_hezbollah", "threatens", "israel")),
    # a circumstance that compels an actor tells the actor's aim
    ("\u201cThis trajectory compels the Iraqi government more than ever to terminate the mission of this "
     "coalition,\u201d Rasool said.", ("iraqi_government", "opposes", "international_coalition")),
    # each state coordinated on a military noun is its armed force
    ("American and British jets struck Houthi targets in Yemen.", ("british_armed_forces", "attacks", "houthis")),
    # troops at a base the text names no name for are where the base is
    ("The drone attack killed three U.S. soldiers at a base in Jordan.", ("us_forces", "deployed_in", "jordan")),
    # support "with" which a participle's agent acted, whatever the parser hung it on
    ("The resistance said the operation came in response to the massacres committed by the Zionist entity against "
     "the people of Gaza, with the support of the United States.", ("united_states", "supports", "israel")),
    # a name the NER cut from its lowercase "party" names the party, and the man it is "of" leads it
    ("Lawmakers from the Taqaddum party of ousted speaker Mohammed al-Halbousi walked out of the session.",
     ("mohammed_al_halbousi", "leads", "taqaddum_party")),
    # an attack said to be planned or facilitated by a group is blamed on it
    ("Deputy Pentagon press secretary Sabrina Singh said the attack was planned, resourced and facilitated by the "
     "Islamic Resistance in Iraq.", ("sabrina_singh", "accuses", "islamic_resistance_in_iraq")),
    # a count of bases a state sets up somewhere places its forces there
    ("Turkish forces have fought the PKK for decades. Turkey has set up dozens of military bases in the Kurdistan "
     "Region.", ("turkish_armed_forces", "deployed_in", "kurdistan_region")),
    # a leader's followers stand for the leader
    ("Qais al-Khazali criticised Muqtada al-Sadr's followers for attacking the offices of his movement.",
     ("qais_khazali", "accuses", "muqtada_al_sadr")),
    # "U.S.-backed" names its backer as "US-backed" does
    ("A Turkish drone killed two commanders of the U.S.-backed Syrian Democratic Forces.",
     ("united_states", "supports", "syrian_democratic_forces")),
    # a surname without its article, which the tagger took for a common noun, is the person named before
    ("Ahmed al-Sharaa leads Hayat Tahrir al-Sham. Sharaa accused Iran of fuelling sectarian conflict in the region.",
     ("ahmed_al_sharaa", "accuses", "iran")),
    # a whole a copula says is a coalition of others has them as members
    ("The Islamic Resistance in Iraq is a coalition of Iran-aligned armed factions including Kataib Hezbollah and "
     "Harakat al-Nujaba.", ("kataib_hezbollah", "member_of", "islamic_resistance_in_iraq")),
    # the backbone of a group is part of it; "Revolutionary Guard Corps" is the IRGC
    ("Badr is the backbone of the Popular Mobilization Forces.",
     ("badr_organization", "member_of", "popular_mobilization_forces")),
    ("The Quds Force is the foreign operations branch of Iran's Revolutionary Guard Corps.",
     ("quds_force", "member_of", "irgc")),
    # a group's unit is part of it; "Sadrist" names the Sadrist movement
    ("The al-Abbas Combat Division, a PMF unit loyal to the Shiite shrine in Karbala, refused to join.",
     ("al_abbas_combat_division", "member_of", "popular_mobilization_forces")),
    ("Saraya al-Salam, the Sadrist militia, clashed with the army.", ("saraya_al_salam", "member_of",
                                                                      "sadrist_movement")),
    # a headline's verb the tagger took for a plural noun, with its subject made a compound
    ("Iraq summons Turkish envoy over deadly strike", ("iraq", "accuses", "turkey")),
    # the rights groups that report on the conflict are registered
    ("Human Rights Watch accused the PMF of abuses against civilians in Anbar.",
     ("human_rights_watch", "accuses", "popular_mobilization_forces")),
    # attacks on civilians a speaker tells of are a wrong it charges
    ("The SDF said Turkish drones had deliberately targeted civilians.",
     ("syrian_democratic_forces", "accuses", "turkish_armed_forces")),
    # but a regional government's minister is the government's official
    ("KRG Interior Minister Reber Ahmed said the attack would be investigated.",
     ("reber_ahmed", "official_of", "kurdistan_regional_government")),
    # an unknown group calling itself a name is that group where the parser makes the name a subject of its own
    ("A group nobody had heard of before, calling itself the Revenge of al-Muhandis Brigades, fired rockets at US "
     "forces.", ("revenge_of_al_muhandis_brigades", "attacks", "us_forces")),
    # a passive sanction's charge, which the parser may hang on the agent
    ("Falih al-Fayyadh was sanctioned by the US Treasury for human rights abuses.",
     ("us_treasury", "accuses", "falih_al_fayyadh")),
    # who died when something of theirs was hit by an agent was killed by the agent
    ("Two members of Harakat al-Nujaba died when their car was hit by an American drone.",
     ("us_forces", "kills", "harakat_al_nujaba")),
    # a clause "that" opens has a verb, whatever the tagger made of it
    ("The Sadrists demanded that the Coordination Framework step aside.",
     ("sadrist_movement", "demands", "coordination_framework")),
    # a superlative picks a part out of a whole as "one of" does
    ("Badr, the oldest of the PMF factions, has ministers in the cabinet.",
     ("badr_organization", "member_of", "popular_mobilization_forces")),
    # a strike an actor says it carried out is the one told before by that word, on whom it was
    ("A US drone strike in Baghdad killed a Kataib Hezbollah commander. CENTCOM said it had carried out the strike "
     "in response to attacks on US troops, referring to a drone attack on a base in Jordan that killed three "
     "soldiers.", ("us_central_command", "attacks", "kataib_hezbollah")),
    # a verb the parser made a compound of its object still tells what its subject did
    ("Nasser Kanaani condemned the attack and said Washington bore responsibility for the consequences.",
     ("nasser_kanaani", "accuses", "united_states")),
    # who says a harm will not go unanswered threatens whoever did it
    ("A US drone strike in Baghdad killed a Kataib Hezbollah commander. Kataib Hezbollah said the killing would not "
     "go unanswered.", ("kataib_hezbollah", "threatens", "united_states")),
    # sides a coordinated subject names that clashed each attacked the other
    ("Iraqi security forces and the YBS have clashed several times this year.",
     ("ybs", "attacks", "iraqi_security_forces")),
    # a passive designation shares its subject with the verb before it
    ("The PKK, which has waged an insurgency against Turkey since 1984 and is designated a terrorist organization by "
     "the European Union, denied it.", ("european_union", "accuses", "pkk")),
    # a finite verb coordinated after an infinitive is its subject's own act
    ("Kataib Hezbollah has refused to join the government and accuses Iran of betraying the resistance.",
     ("kataib_hezbollah", "accuses", "iran")),
    # the PMF's state body goes by its name too
    ("The head of the Popular Mobilization Authority, Falih al-Fayyadh, condemned the strike.",
     ("falih_al_fayyadh", "leads", "popular_mobilization_forces")),
    # a label "as" names, wherever the parser hangs it, is the labelling verb's
    ("Kataib Hezbollah said it would treat any US troops who remain after the deadline as occupiers.",
     ("kataib_hezbollah", "opposes", "us_forces")),
    # a force's mission or footprint somewhere places the force there
    ("The US-led coalition will end its military mission in Iraq by September 2025.",
     ("international_coalition", "deployed_in", "iraq")),
    ("The coalition will shrink its footprint in Baghdad.", ("international_coalition", "deployed_in", "baghdad")),
    # who was involved in planning attacks planned them, as who says so charges
    ("A US official said Abu Taqwa was actively involved in planning and carrying out attacks against American "
     "personnel.", ("united_states", "accuses", "abu_taqwa_al_saidi")),
    # an infinitival relative clause is a passive on the noun the copula names
    ("Abu Taqwa was the second senior militia commander to be killed by US forces in Iraq in less than a year.",
     ("us_forces", "kills", "abu_taqwa_al_saidi")),
    # an attack said to be resourced and facilitated by a group is charged to it
    ("The White House said the attack was resourced and facilitated by Kataib Hezbollah.",
     ("white_house", "accuses", "kataib_hezbollah")),
    # fomenting riots or smuggling weapons is a wrong a speaker charges
    ("The IRGC said Komala had fomented riots inside Iran and smuggled weapons across the border.",
     ("irgc", "accuses", "komala")),
    # the party the NER missed is the one its leader leads
    ("The Coordination Framework and the Sunni Taqaddum party, led by former speaker Mohammed al-Halbousi, remained "
     "deadlocked.", ("mohammed_al_halbousi", "leads", "taqaddum_party")),
    # a headline's participle the tagger took for a past tense is still a passive
    ("PMF commander killed in Turkish drone strike near Sinjar", ("turkey", "kills", "popular_mobilization_forces")),
    # calling for a group's dissolution is a demand about it
    ("Muqtada al-Sadr calls for dissolution of PMF", ("muqtada_al_sadr", "demands", "popular_mobilization_forces")),
    # two sides that agreed together negotiated
    ("Iraq and Turkey agreed on Tuesday to form a joint security committee.", ("iraq", "negotiates_with", "turkey")),
    # a threat made on a condition an actor can meet threatens that actor
    ("US Secretary of State Mike Pompeo has threatened to close the embassy unless the Iraqi government stops the "
     "attacks.", ("mike_pompeo", "threatens", "iraqi_government")),
    # a body's people speaking together speak for it
    ("US forces killed Abu Taqwa in Baghdad. His death drew angry reactions from the Coordination Framework. Its "
     "leaders said the killing was a violation of the security agreement.",
     ("coordination_framework", "accuses", "us_forces")),
    # a participle the parser hangs on a reported clause is the reporter's word
    ("A US defense official confirmed that American forces had carried out the strike, saying Abu Taqwa was involved "
     "in planning attacks against American personnel.", ("united_states", "accuses", "abu_taqwa_al_saidi")),
    # a name set off in a list that goes on is the list's next item, not another name of the first
    ("Israeli Foreign Minister Gideon Sa'ar named Kata'ib Hezbollah, Asa'ib Ahl al-Haq, al-Nujaba and the Badr "
     "organization.", ("gideon_saar", "accuses", "asaib_ahl_al_haq")),
    # a name the NER missed, described by a person's role
    ("Nedim Seven, a member of the PKK's central committee, read the statement.", ("nedim_seven", "member_of", "pkk")),
    # a companion set off after the object shares its fate
    ("The US strike killed commander Ahmed Najm Abdul Zahra, along with Hussein Karim al-Daraji and Ali Sadiq "
     "al-Moussawi.", ("united_states", "kills", "ali_sadiq_al_moussawi")),
    # an organisation's name without the noun heading it names it again, whatever the NER took it for
    ("Lawmakers from the Sunni Taqaddum party walked out. Taqaddum, led by former speaker Mohammed al-Halbousi, "
     "accused the Framework of blocking its candidate.", ("mohammed_al_halbousi", "leads", "taqaddum_party")),
    # an inaction denied on a condition is a threat
    ("Kataib Hezbollah warned that it would not stand idle if the Americans attacked again.",
     ("kataib_hezbollah", "threatens", "united_states")),
    # regarding an actor as something harmful accuses it
    ("Ankara regards the PKK as a terrorist organization and has carried out frequent operations against the group.",
     ("turkey", "accuses", "pkk")),
    # a role at an institution is a place in it
    ("Renad Mansour, a senior research fellow at Chatham House, said the factions had captured the state.",
     ("renad_mansour", "member_of", "chatham_house")),
    # a group's wing named as a part of a whole is the group
    ("The Coordination Framework, an alliance of Shiite parties that includes the political wings of Asaib Ahl al-Haq "
     "and the Badr Organization, chose Sudani.", ("asaib_ahl_al_haq", "member_of", "coordination_framework")),
    # an accusation after "and" is the speaker's, not the reported clause's, whose tense it does not share
    ("KDP spokesman Mahmoud Mohammed said the court had become a tool of the Shiite parties and accused the "
     "Coordination Framework of trying to dismantle the region.",
     ("mahmoud_mohammed", "accuses", "coordination_framework")),
    # calling someone to urge them is a call, whatever the parser takes the name for
    ("US Secretary of State Antony Blinken called Prime Minister Mohammed Shia al-Sudani to urge him to rein in the "
     "armed factions.", ("antony_blinken", "negotiates_with", "mohammed_shia_al_sudani")),
    # fighting for someone supports them
    ("Kataib Hezbollah, which fought for Bashar al-Assad during the civil war, said it would respect the decision.",
     ("kataib_hezbollah", "supports", "bashar_al_assad")),
    # the central government is the government
    ("Iran called on the Iraqi central government to prevent the groups from launching attacks.",
     ("iran", "demands", "iraqi_government")),
    # revenge vowed with no one named is against who attacked the group, or killed its leader
    ("US forces killed Mushtaq al-Jawari, a Nujaba leader, in Baghdad. Nujaba vowed revenge.",
     ("harakat_al_nujaba", "threatens", "us_forces")),
    ("US forces struck Nujaba positions. Nujaba vowed to take revenge.",
     ("harakat_al_nujaba", "threatens", "us_forces")),
    # an act a stand is taken on is the stand-taker's aim
    ("Kataib Hezbollah reaffirmed its commitment to expelling US forces from Iraq.",
     ("kataib_hezbollah", "opposes", "us_forces")),
    # saying an actor is no longer needed rejects it
    ("Iraqi Prime Minister Mohammed Shia al-Sudani said that the US-led coalition in Iraq was no longer needed.",
     ("mohammed_shia_al_sudani", "opposes", "international_coalition")),
    # a state's envoy summoned, told in the passive
    ("The Turkish ambassador was summoned by the Iraqi foreign ministry over the strike.",
     ("iraqi_foreign_ministry", "accuses", "turkey")),
    # a group noun a copula says the subject is stands for the subject
    ("Hadi al-Amiri's Badr Organization is the largest faction in the Popular Mobilization Forces.",
     ("badr_organization", "member_of", "popular_mobilization_forces")),
    # an attack on a state's sovereignty, said of a killing, charges the killer
    ("A US strike killed Abu Baqir al-Saadi in Baghdad. Sudani said the killing of Saadi was a clear assault on Iraqi "
     "sovereignty.", ("mohammed_shia_al_sudani", "accuses", "united_states")),
    # one of a kind in a whole, in a description coordinated with another
    ("Hadi al-Amiri, the leader of the Badr Organization and one of the most powerful figures in the Coordination "
     "Framework, spoke to reporters.", ("hadi_al_amiri", "member_of", "coordination_framework")),
    # seen as an ally, in the passive
    ("Hadi al-Amiri is widely seen as Tehran's closest ally in Iraq.", ("hadi_al_amiri", "supports", "iran")),
    # an interview's answer is the interviewee's word
    ("Hadi al-Amiri, the leader of the Badr Organization, spoke to reporters.\nQ: Do you want US forces to leave?\n"
     "A: Yes. We will not accept the presence of US forces forever.", ("hadi_al_amiri", "opposes", "us_forces")),
    # a noun stands for the name it is identified by
    ("The man, identified as Hussein Jawad, was arrested by the Counter-Terrorism Service in a raid in Baghdad.",
     ("iraqi_counter_terrorism_service", "attacks", "hussein_jawad")),
    # Sadr alone is the cleric; speaking out against an actor opposes it
    ("Thousands of Sadr supporters protested against the Coordination Framework in Baghdad.",
     ("muqtada_al_sadr", "opposes", "coordination_framework")),
    ("Kataib Hezbollah spoke out against the Turkish military presence in northern Iraq.",
     ("kataib_hezbollah", "opposes", "turkish_armed_forces")),
    # a subject the parser hung on the dateline's region
    ("ERBIL, Kurdistan Region - The Kurdistan Regional Government (KRG) on Tuesday condemned an Iranian ballistic "
     "missile attack on Erbil.", ("kurdistan_regional_government", "accuses", "iran")),
    # the Kurdistan Region speaking is its government
    ("Kurdistan Region condemns Iranian missile attack on Erbil", ("kurdistan_regional_government", "accuses", "iran")),
    # a state's ports, a group's remnants, stand for them; banning a group opposes it
    ("The Houthis launched operations against Israeli ports.", ("houthis", "attacks", "israel")),
    ("Iraqi security forces launched an operation against Islamic State remnants in Diyala.",
     ("iraqi_security_forces", "attacks", "islamic_state")),
    ("The Iraqi government has banned the Kurdistan Workers' Party and ordered its offices closed.",
     ("iraqi_government", "opposes", "pkk")),
    # examples the parser hung on the whole a kind is in are the kind's
    ("Several factions within the PMF, including Kataib Hezbollah and Harakat al-Nujaba, answer to the IRGC.",
     ("harakat_al_nujaba", "member_of", "popular_mobilization_forces")),
    # a noun a name is given to is the name's wherever its phrase is repeated, and what an apposition says of a
    # name is not that name
    ("An umbrella group of Iran-backed militias calling itself the Islamic Resistance in Iraq said it had launched a "
     "drone. Kataib Hezbollah, one of the strongest factions in the umbrella group, announced a pause.",
     ("kataib_hezbollah", "member_of", "islamic_resistance_in_iraq")),
    # a wrong done in the passive is its agent's
    ("Asaib Ahl al-Haq said the elections were rigged by the Sadrists.",
     ("asaib_ahl_al_haq", "accuses", "sadrist_movement")),
    # a phrasal verb of attack, vowed
    ("CENTCOM vowed to hunt down ISIS terrorists.", ("us_central_command", "threatens", "islamic_state")),
    # an interview given to an outlet is quoted by it
    ("Kadhim al-Fartousi, the spokesman of Kataib Sayyid al-Shuhada, gave an interview to Al-Mayadeen on Tuesday.",
     ("kadhim_al_fartousi", "quoted_by", "al_mayadeen")),
    # what someone is said to call a thing is no question
    ("In a speech, Qais al-Khazali said he had been punished for exposing what he called an American conspiracy.",
     ("qais_khazali", "accuses", "united_states")),
    # a message told of before says its issuer's word
    ("Kataib Hezbollah issued a statement on Sunday. The statement said the American forces bear full responsibility "
     "for the attack.", ("kataib_hezbollah", "accuses", "us_forces")),
    # a name the NER took for a people, before a noun of organisations, names one; of a person, it is theirs
    ("His rival, Salem al-Issawi, who is supported by the Siyada alliance of Khamis al-Khanjar, received 158 votes.",
     ("siyada_alliance", "supports", "salem_al_issawi")),
    ("His rival, Salem al-Issawi, who is supported by the Siyada alliance of Khamis al-Khanjar, received 158 votes.",
     ("khamis_al_khanjar", "leads", "siyada_alliance")),
    # what one says a thing is does not reaffirm anything; the one who says it does
    ("First Deputy Speaker Mohsen al-Mandalawi said the complaint was a pretext for aggression, and reaffirmed "
     "support for Lebanon.", ("mohsen_al_mandalawi", "supports", "lebanon")),
    # a second description after the name a first is "of" describes the first's name
    ("Laith al-Khazali, the brother of Qais al-Khazali and a leader in Asaib Ahl al-Haq, was sanctioned.",
     ("laith_al_khazali", "member_of", "asaib_ahl_al_haq")),
    ("The Coordination Framework controls the cabinet. Its largest members, the State of Law coalition of former "
     "prime minister Nouri al-Maliki and the Fatah alliance led by Hadi al-Amiri, have used that position.",
     ("fatah_alliance", "member_of", "coordination_framework")),
    # a word that opens an armed group's name, which the NER left out, is the name's
    ("Ahmed al-Asadi, the leader of Kataib Jund al-Imam and a PMF spokesman, said the strike was illegal.",
     ("ahmed_al_asadi", "leads", "kataib_jund_al_imam")),
    # a time limit given to an actor to act is a demand of it
    ("Kataib Hezbollah gave the Americans until the end of the year to leave Iraq.",
     ("kataib_hezbollah", "demands", "united_states")),
    # "the factions", in a text about the collective of Iran-backed groups and naming none of them, are the collective
    ("Sudani called on the factions to stop their attacks. The prime minister met US officials on Monday. "
     "Iran-backed militias have launched more than 150 attacks since October.",
     ("mohammed_shia_al_sudani", "demands", "iran_backed_militias")),
    # an actor's salaries stand for it: funding them supports it
    ("The US-led coalition, which funds part of the Peshmerga's salaries, welcomed the agreement.",
     ("international_coalition", "supports", "peshmerga")),
    # a town named after its noun is in the place that follows, wherever the parser hangs it
    ("The drone struck near the town of Makhmour in Erbil province.", ("makhmour", "located_in", "erbil_province")),
    # an apposition's noun of places makes a name a place's
    ("Kani Masi, a subdistrict of Amedi in Duhok province, was shelled.", ("kani_masi", "located_in", "amedi")),
    # capitalised words the NER left out before a place noun name the place
    ("The Khor Mor gas field in Sulaimani province was hit by a drone.",
     ("khor_mor_gas_field", "located_in", "sulaimani_province")),
    # a complaint lodged with a forum is against the one the parser hung on the forum
    ("Baghdad lodged a formal complaint with the UN Security Council against Turkey.", ("iraq", "accuses", "turkey")),
    # a person hosted is a visitor
    ("Biden hosted Sudani at the White House on Monday.", ("joe_biden", "negotiates_with", "mohammed_shia_al_sudani")),
    # two sides trading accusations accuse each other
    ("The KDP and the PUK traded accusations over the delay of the Kurdistan election.",
     ("patriotic_union_of_kurdistan", "accuses", "kurdistan_democratic_party")),
    # a participle of saying after a reported clause is the reporter's, and not what the reporter denies
    ("Kataib Hezbollah spokesman Mohammed Mohi denied the group was behind the attack, telling Al Mayadeen "
     "television that the rockets were fired by rogue elements.", ("mohammed_mohi", "quoted_by", "al_mayadeen")),
    # a city asked to act stands for the government it is the seat of
    ("Oil Minister Hayan Abdul-Ghani urged Erbil to abide by the federal court's ruling.",
     ("hayan_abdul_ghani", "demands", "kurdistan_regional_government")),
    # an attack to come whose target the parser hung on the verb that carries it out
    ("The Islamic Resistance in Iraq vowed to escalate its operations against the American occupation.",
     ("islamic_resistance_in_iraq", "threatens", "us_forces")),
    # an organisation's name goes on with "of" and capitalised words, whatever the NER cut
    ("Baghdad - The Coordination Council of the Iraqi Resistance warned on Saturday that it would escalate "
     "operations against American interests.",
     ("coordination_council_of_the_iraqi_resistance", "threatens", "united_states")),
    # a name given an actor names it again where the NER passed it by
    ("The US Treasury imposed sanctions on Rayan al-Kildani, the leader of the Babylon Brigades.\n\n"
     "The Babylon Brigades, a Christian-branded unit of the Popular Mobilization Forces, have been accused of "
     "intimidating residents.", ("babylon_brigades", "member_of", "popular_mobilization_forces")),
    # a place noun given a name is the named place
    ("The drone attack killed three US service members at a base in Jordan known as Tower 22.",
     ("tower_22", "located_in", "jordan")),
    # a participle of hearsay after its subject describes it, whatever the parser took for the verb
    ("Gunmen believed to belong to the Islamic State killed two members of the Popular Mobilization Forces.",
     ("islamic_state", "kills", "popular_mobilization_forces")),
    # the noun heading an organisation's name, before a role, names the organisation
    ("Sadr accused the Coordination Framework of corruption. Framework leader Nouri al-Maliki said the alliance "
     "would not be intimidated.", ("nouri_al_maliki", "leads", "coordination_framework")),
    # "the attack" recalls the one claimed, not a tally of attacks whose agents went untold
    ("Two drones targeted the Ain al-Asad air base on Thursday. The Islamic Resistance in Iraq claimed the attack. "
     "The Pentagon has recorded more than 60 attacks on US forces since October. Iraq's government condemned the "
     "attack.", ("iraqi_government", "accuses", "islamic_resistance_in_iraq")),
    # a name the parser joined to a role's group with a comma and no "and" is the role's holder
    ("A US drone strike killed a senior commander of Kataib Hezbollah, Abu Baqir al-Saadi, in Baghdad.",
     ("abu_baqir_al_saadi", "member_of", "kataib_hezbollah")),
    # a plural role a copula gives to several names gives it to each
    ("US officials say the main members of the Islamic Resistance in Iraq are Kataib Hezbollah, Harakat al-Nujaba "
     "and Kataib Sayyid al-Shuhada.", ("kataib_sayyid_al_shuhada", "member_of", "islamic_resistance_in_iraq")),
    # what a group's men are sentenced for is the group's act
    ("An Iraqi criminal court sentenced three members of Kataib Hezbollah to life in prison for firing rockets at "
     "the US embassy in Baghdad.", ("kataib_hezbollah", "attacks", "united_states")),
    # men said to belong to a group after a dateline, which the tagger takes them for a name in
    ("BAQUBA, Iraq - Gunmen believed to belong to the Islamic State killed two members of the Popular Mobilization "
     "Forces in an ambush, security sources said.", ("islamic_state", "kills", "popular_mobilization_forces")),
    # an attack supposed to come, answered in a warning, threatens its doer
    ("Washington has warned Baghdad that any attack by Kataib Hezbollah would draw a response.",
     ("united_states", "threatens", "kataib_hezbollah")),
    # a relative clause opened by "whose" is on the name before it
    ("Asaib Ahl al-Haq, whose leader Qais al-Khazali is close to Sudani, has stayed out of the fight.",
     ("qais_khazali", "supports", "mohammed_shia_al_sudani")),
    # the storming of a building told before is the stormers' act
    ("Sadrists stormed Iraq's parliament on Wednesday. The Coordination Framework condemned the storming.",
     ("coordination_framework", "accuses", "sadrist_movement")),
    # a name a gazetteer knows as a place, taking a stand, is a person's
    ("Amiri opposed Kadhimi's nomination as prime minister.", ("amiri", "opposes", "mustafa_al_kadhimi")),
    # men loyal to a group are the group's
    ("Militants loyal to ISIS killed three Iraqi soldiers in Tarmiyah.",
     ("islamic_state", "kills", "iraqi_security_forces")),
    # a time given an actor to act, which the parser takes for an adverb, is a time limit
    ("Kataib Hezbollah gave the Iraqi government a week to expel the Americans.",
     ("kataib_hezbollah", "demands", "iraqi_government")),
    # a headline's office holder before its colon, whom the story names, says what follows
    ("Nujaba leader: US forces must leave Iraq\n\nHarakat al-Nujaba leader Akram al-Kaabi said on Sunday that "
     "American troops had no place in Iraq.", ("akram_al_kaabi", "demands", "us_forces")),
    # forces kept across a region are in it
    ("Turkish forces maintain dozens of military bases across the Kurdistan Region.",
     ("turkish_armed_forces", "deployed_in", "kurdistan_region")),
    ("Turkish troops are deployed across the Kurdistan Region.",
     ("turkish_armed_forces", "deployed_in", "kurdistan_region")),
    # a name set off after a fronted phrase, which the parser hung on the phrase's last name, is the verb's subject
    ("In an interview with Al Mayadeen, Ali al-Asadi, the head of Harakat al-Nujaba's political council, spoke "
     "about the group's position.", ("ali_al_asadi", "quoted_by", "al_mayadeen")),
    # the Popular Mobilization without its last word
    ("The American occupation forces bombed positions of the Popular Mobilization in Jurf al-Nasr on Tuesday.",
     ("us_forces", "attacks", "popular_mobilization_forces")),
    # a group designated "banned" is charged as one named a terrorist is
    ("The Iraqi National Security Council designated the PKK a banned group in March.",
     ("iraqi_national_security_council", "accuses", "pkk")),
    # talks one speaks after are one's own
    ("Turkish Foreign Minister Hakan Fidan, speaking after talks with his Iraqi counterpart Fuad Hussein, said "
     "Baghdad had agreed to treat the PKK as a banned organization.",
     ("hakan_fidan", "negotiates_with", "fuad_hussein")),
    # the capitalised plural after a dateline is a common noun, and its group the attacker
    ("BAGHDAD \u2014 Fighters of Kataib Hezbollah attacked a US base in Syria, the Pentagon said.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # officials at a body speak for it, as officials of it do
    ("Officials at the Pentagon accused Kataib Hezbollah of the attack.",
     ("us_department_of_defense", "accuses", "kataib_hezbollah")),
    # a partner the parser hung on an adverbial's bare noun is the verb's
    ("Its branch chief said the PUK had negotiated in secret with the Coordination Framework.",
     ("patriotic_union_of_kurdistan", "negotiates_with", "coordination_framework")),
    # a statement that reports what a thing held, and then accuses: the body accuses
    ("The Popular Mobilization Forces said in a statement that the depot in Akashat contained ordinary ammunition "
     "and accused the US-led coalition of providing cover for the attack.",
     ("popular_mobilization_forces", "accuses", "international_coalition")),
    # "they" in a clause coordinated with one whose subject fits is that subject
    ("About 2,500 American troops remain in Iraq. The troops advise and assist Iraqi security forces fighting the "
     "remnants of Islamic State, and they are based at Ain al-Asad.",
     ("us_forces", "deployed_in", "ain_al_asad_airbase")),
    # a place attacked, with the "in" the parser hung on the attack
    ("CENTCOM said the strike answered the drone attack on Tower 22 in Jordan, which killed three US soldiers.",
     ("tower_22", "located_in", "jordan")),
    # "the official" after "a PMF official" is the PMF's man
    ("An airstrike destroyed a weapons depot near the Syrian border, a PMF official said.\n"
     "The official blamed Israel for the strike.", ("popular_mobilization_forces", "accuses", "israel")),
    # a description takes up a mention headed by its own noun before a group of another name named since
    ("The Islamic Resistance in Iraq, an umbrella of Iran-backed armed factions, claimed the attack.\n"
     "Kataib Hezbollah, a powerful group in the Popular Mobilization Forces, denied any role.\n"
     "The factions have demanded the withdrawal of US troops.", ("iran_backed_militias", "demands", "us_forces")),
    # an office a body gives is held in that body
    ("Iraq's parliament on Thursday elected Mahmoud al-Mashhadani as speaker.",
     ("mahmoud_al_mashhadani", "leads", "iraqi_parliament")),
    # a verb coordinated after an attribution set off inside the sentence is the sentence subject's
    ("Nujaba rejected the request, a source close to the group said, and vowed to continue operations until US "
     "troops leave Iraq.", ("harakat_al_nujaba", "threatens", "us_forces")),
    # force threatened against someone is a threat to them
    ("Kataib Hezbollah on Saturday threatened to use force against the Iraqi government if it did not release "
     "members of the group.", ("kataib_hezbollah", "threatens", "iraqi_government")),
    # "both sides" are the two actors the sentence before told of
    ("The KRG blamed the federal government for the halt of oil exports.\n"
     "The United States has pressed both sides to resume exports.",
     ("united_states", "demands", "kurdistan_regional_government")),
    ("The KRG blamed the federal government for the halt of oil exports.\n"
     "The United States has pressed both sides to resume exports.", ("united_states", "demands", "iraqi_government")),
    # the first word of a two-word title is the title's; what it is hung on names the body
    ("The strikes were defensive, Pentagon Press Secretary Sabrina Singh said on Tuesday.",
     ("sabrina_singh", "spokesperson_for", "us_department_of_defense")),
    # a claimed attack recalls the attack told of, on whom it harmed (not the place it hit, nor where it was claimed)
    ("The response came after a drone attack on Harir air base that wounded two American soldiers.\n"
     "Kataib Hezbollah claimed the attack.", ("kataib_hezbollah", "attacks", "us_forces")),
    ("Two drones hit a base hosting coalition troops, injuring three American service members.\n"
     "The Islamic Resistance in Iraq claimed the attack on Telegram.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # officials of a city standing for a government speak for that government
    ("Erbil officials blamed Baghdad for the delay in paying salaries.",
     ("kurdistan_regional_government", "accuses", "iraq")),
    # a name the parser coordinated with the last word of another's name is coordinated with the whole name
    ("Turkish jets bombed positions of the Kurdistan Democratic Party of Iran and Komala near Koya.",
     ("turkish_armed_forces", "attacks", "komala")),
    # whom a participle of charging after a penalty charges is whom the penalty fell on
    ("The Treasury imposed sanctions on Shibl al-Zaidi, a commander of Kataib Imam Ali, and three of his "
     "associates, accusing them of smuggling oil for Iran.", ("us_treasury", "accuses", "shibl_al_zaidi")),
    # a title's noun the parser left bare takes up the body named before whose name has its words
    ("Turkey's defence ministry said its jets struck PKK hideouts. The defence ministry spokesman, Zeki Akturk, "
     "said the operation would continue.", ("zeki_akturk", "spokesperson_for", "turkish_defence_ministry")),
    # "the government" one asks of is not the asker's state's
    ("A rocket hit a house near the airport. The British ambassador said Iraqi civilians were at risk and urged "
     "the government to find the culprits.", ("united_kingdom", "demands", "iraqi_government")),
    # an armed force named on its aircraft is what the aircraft stand for
    ("Iraqi troops, backed by coalition warplanes, cleared three villages of Islamic State fighters.",
     ("international_coalition", "supports", "iraqi_security_forces")),
    ("Coalition jets struck an Islamic State hideout near Rawa.",
     ("international_coalition", "attacks", "islamic_state")),
    # a subject the parser hung on an auxiliary is the verb's
    ("Iran has armed Hezbollah.", ("iran", "supports", "hezbollah")),
    # an order coordinated with a ruling's clause about a thing is the court's
    ("The Federal Supreme Court ruled that the law was void and ordered Erbil to hand over its oil revenues.",
     ("federal_supreme_court", "demands", "kurdistan_regional_government")),
    # a collective's phrase given a name of its own is the group of that name
    ("A pro-Iran militia calling itself Ashab al-Kahf claimed the attack on the convoy.",
     ("ashab_al_kahf", "supports", "iran")),
    # a name a place noun places something at is a place, and a force's base there is the force's
    ("Drones struck the Turkish military base at Bamerni in Duhok province.",
     ("turkish_armed_forces", "deployed_in", "bamerni")),
    # a sanction that states its charge by what the sanctioned did is an accusation
    ("The Treasury sanctioned Akram al-Kaabi in 2019 for threatening American personnel.",
     ("us_treasury", "accuses", "akram_al_kaabi")),
    # a government placed in a city that stands for one is that government
    ("The PUK said the KDP-led cabinet in Erbil had frozen the salaries of teachers in Sulaimani.",
     ("kurdistan_democratic_party", "leads", "kurdistan_regional_government")),
    # acting against someone, to come, is a threat to them
    ("Ankara said it would act against the PKK if the attacks on its outposts continued.",
     ("turkey", "threatens", "pkk")),
    # a definite role noun with a name takes up the same role told with its group just before
    ("Israeli jets killed a senior commander of Kataib Sayyid al-Shuhada near Albu Kamal. The commander, Abu Taha "
     "al-Hashemi, had led its fighters in Syria.", ("abu_taha_al_hashemi", "member_of", "kataib_sayyid_al_shuhada")),
    # a target the parser hung on the last of an attack's agents is the attack's
    ("The Pentagon said the strikes answered the attacks by Iran and Iran-backed militias against US troops.",
     ("iran_backed_militias", "attacks", "us_forces")),
    # an object pronoun in the infinitive of its clause subject's object is not that subject
    ("Akram al-Kaabi said US soldiers who stayed would be treated as occupiers. \"The resistance factions have the "
     "right to confront them by all means,\" he said.", ("akram_al_kaabi", "threatens", "us_forces")),
    # running a group's function is being one of the group
    ("A US strike killed Abu Baqir al-Saadi, who oversaw Kataib Hezbollah's operations in Syria.",
     ("abu_baqir_al_saadi", "member_of", "kataib_hezbollah")),
    # a name the parser coordinated with the object of a gerund before it is the next gerund's subject
    ("The factions are split, with Nouri al-Maliki backing Sudani and Qais al-Khazali supporting Halbousi.",
     ("qais_khazali", "supports", "mohammed_al_halbousi")),
    # one considered a terrorist organisation is accused of it
    ("The PKK has fought Turkey since 1984. It is considered a terrorist organization by the European Union.",
     ("european_union", "accuses", "pkk")),
    # a direction the parser made the head of the noun before it only places the noun
    ("Militants of the Islamic State ambushed a PMF patrol southwest of Kirkuk late on Sunday, killing three "
     "fighters.", ("islamic_state", "attacks", "popular_mobilization_forces")),
    # using weapons in attacks is attacking
    ("Kataib Sayyid al-Shuhada has used rockets in attacks on Turkish forces.",
     ("kataib_sayyid_al_shuhada", "attacks", "turkish_armed_forces")),
    # a state's mission to a body is its diplomatic seat, and its words are the state's
    ("Turkey's mission to the United Nations said the PKK was a threat to Iraq.", ("turkey", "accuses", "pkk")),
    # examples given after a participle on a plural noun are the noun's
    ("Iran asked Iraqi groups aligned with Tehran, including Kataib Hezbollah, to halt their attacks.",
     ("kataib_hezbollah", "supports", "iran")),
    # a group's adjective on a spokesman's title is the group he speaks for
    ("Houthi military spokesman Yahya Saree claimed the attack on the ship.",
     ("yahya_saree", "spokesperson_for", "houthis")),
    # a part of a group accused is the group accused
    ("The Kurdistan Regional Government accused units of the Popular Mobilization Forces on Monday of shelling "
     "Kurdish villages.", ("kurdistan_regional_government", "accuses", "popular_mobilization_forces")),
    # a warning that one's fighters are ready to act is a threat
    ("Kataib Hezbollah warned US forces that its fighters were ready to resume operations.",
     ("kataib_hezbollah", "threatens", "us_forces")),
    # a headline's strike with no agent does not hide the agent the body gives it
    ("Drone strike kills Kataib Hezbollah commander in Baghdad\n\nA US drone strike killed a senior commander of "
     "Kataib Hezbollah in eastern Baghdad.\n\nThe Popular Mobilization Forces condemned the strike.",
     ("popular_mobilization_forces", "accuses", "united_states")),
    # a name armed men are members of is a group's, which its leader leads
    ("The court found that the men, members of Thar Allah, had shot the activist. The group's leader, Yousef "
     "al-Mousawi, has denied any role.", ("yousef_al_mousawi", "leads", "thar_allah")),
    # a call "from" a state is the state's
    ("Khazali rejected calls from Washington to disarm the factions.", ("khazali", "opposes", "united_states")),
    # a charge the parser hung on the last of those sanctioned still states the sanction's charge
    ("Washington has sanctioned Falih al-Fayyadh and several PMF leaders for human rights abuses.",
     ("united_states", "accuses", "falih_al_fayyadh")),
    # a group's cells stand for it, and each whole of a partitive's coordination is harmed
    ("Islamic State cells remain active and have killed dozens of soldiers and Peshmerga fighters.",
     ("islamic_state", "kills", "peshmerga")),
    # a verb coordinated with a report of what a thing is is the reporter's
    ("Prime Minister Sudani says the coalition's mission is over and has opened talks with Washington.",
     ("mohammed_shia_al_sudani", "negotiates_with", "united_states")),
    # the possessive of what is struck takes up what the coordinated clause's object pronoun does
    ("The YBS is linked to the PKK. Turkey considers it a PKK affiliate and has struck its members.",
     ("turkey", "attacks", "ybs")),
    # the examples a sentence's subject gives are what its next sentence's "they" takes up
    ("Groups such as Kataib Hezbollah and Nujaba have attacked US bases. They accuse Washington of backing Israel.",
     ("kataib_hezbollah", "accuses", "united_states")),
    # one of someone's allies supports them
    ("Hadi al-Amiri has long been one of Tehran's closest allies.", ("hadi_al_amiri", "supports", "iran")),
    # "the government" a state's parliament calls on is its state's, whatever states a clause of its own names
    ("Iraq's parliament passed a resolution calling on the government to end the presence of foreign troops, two "
     "days after a US drone strike killed Iranian commander Qassem Soleimani.",
     ("iraqi_parliament", "demands", "iraqi_government")),
    # a name the parser coordinated with a fronted phrase's outlet is the verb's subject, with its apposition
    ("In an interview with Al-Ahed, Kazem al-Fartousi, the spokesman of Kataib Sayyid al-Shuhada, said the "
     "factions would continue.", ("kazem_al_fartousi", "quoted_by", "al_ahed")),
    # "both parties" after a coordination named apart since takes up both
    ("The Kurdistan Democratic Party (KDP) and the Patriotic Union of Kurdistan (PUK) have yet to agree. The KDP "
     "says the PUK is demanding too many ministries. The United States has urged both parties to end their dispute.",
     ("united_states", "demands", "patriotic_union_of_kurdistan")),
    # a definite noun of an act takes up whoever was told to do it just before
    ("The Federal Supreme Court ruled that the oil law was unconstitutional. The KRG rejected the ruling.",
     ("kurdistan_regional_government", "opposes", "federal_supreme_court")),
    # refusing to stand by if an actor acts threatens it
    ("Iraq's Iran-aligned armed factions said they would not stand by if the United States joined Israel's war on "
     "Iran.", ("iran_backed_militias", "threatens", "united_states")),
    # a participle used as a preposition opens no clause of its own: the possessive is the clause subject's
    ("The PKK said it had decided to disband and end its armed struggle against Turkey, following a call by its "
     "jailed leader Abdullah Ocalan.", ("abdullah_ocalan", "leads", "pkk")),
    # responsibility claimed for nothing named is for the attack told of last
    ("Rockets struck Ain al-Asad air base, wounding two US service members. Kataib Hezbollah claimed responsibility.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # a delegation "of" a group stands for it
    ("Akram al-Kaabi received a delegation of Yemen's Ansar Allah in Baghdad.",
     ("akram_al_kaabi", "negotiates_with", "houthis")),
    # who leads a group's delegation is one of the group
    ("The Houthi delegation was led by Mohammed Abdulsalam.", ("mohammed_abdulsalam", "member_of", "houthis")),
    # gunships and bombers are a state's armed force
    ("A US AC-130 gunship struck Kataib Hezbollah fighters near Abu Ghraib.",
     ("us_forces", "attacks", "kataib_hezbollah")),
    ("US bombers hit 85 targets used by the Quds Force.", ("us_forces", "attacks", "quds_force")),
    # a description takes up a group told of since a noun of its introduced no actor
    ("The KRG blamed a group affiliated with the PKK for the drone attack. The PKK has not commented. The group has "
     "frequently clashed with Turkish forces.", ("pkk", "attacks", "turkish_armed_forces")),
    # a name the parser left hanging between a fronted phrase and the verb is its subject, with its description
    ("In an interview on Al-Ahd TV, the leader of Asaib Ahl al-Haq, Qais al-Khazali, said his movement did not want "
     "a war.", ("qais_khazali", "leads", "asaib_ahl_al_haq")),
    # not hesitating to act if an actor fails threatens it
    ("Foreign ministry spokesman Nasser Kanaani warned that Iran would not hesitate to act if Baghdad failed to "
     "disarm the groups.", ("nasser_kanaani", "threatens", "iraq")),
    # "the sanctions" are whoever imposed them just before, and calling them unjust accuses them
    ("The US Treasury imposed sanctions on Falih al-Fayyadh. The PMF called the sanctions unjust.",
     ("popular_mobilization_forces", "accuses", "us_treasury")),
    # a group's launchers stand for it
    ("The Israeli military said it had struck Hezbollah launchers.", ("israel_defense_forces", "attacks", "hezbollah")),
    # "the delegation" is whose the delegation told of just before was
    ("A Hamas delegation arrived in Baghdad for talks. The delegation met Hadi al-Amiri.",
     ("hamas", "negotiates_with", "hadi_al_amiri")),
    # a past tense the parser hung on the noun after it as a modifier is the verb: each side of the exchange attacks
    ("Fighters of Saraya al-Salam traded fire with Iraqi troops.",
     ("saraya_al_salam", "attacks", "iraqi_security_forces")),
    # those killed "along with" the named dead were killed too, with no comma before the phrase
    ("A US drone strike killed Kataib Hezbollah commander Abu Baqir al-Saadi along with his driver, Hassan Ali.",
     ("united_states", "kills", "hassan_ali")),
    # a group's television channel is one of its parts
    ("Hezbollah fired rockets. Al-Manar, the group's television channel, reported the strike.",
     ("al_manar", "member_of", "hezbollah")),
    # "call upon" asks as "call on" does
    ("Muqtada al-Sadr called upon Kataib Hezbollah to lay down its arms.",
     ("muqtada_al_sadr", "demands", "kataib_hezbollah")),
    # unnamed leaders sanctioned and charged are their group, as "them" takes up
    ("The Treasury imposed sanctions on three leaders of Kataib Sayyid al-Shuhada, accusing them of helping the IRGC.",
     ("us_treasury", "accuses", "kataib_sayyid_al_shuhada")),
    # a partner an adjective names is that state
    ("Harakat al-Nujaba blamed Israel and its American partner.", ("harakat_al_nujaba", "accuses", "united_states")),
    # "both sides" are two actors told of before, not a state and its own body
    ("The Kurdistan Regional Government accused Baghdad of provoking the fighting. Iraq's Joint Operations Command "
     "said its forces had responded. The United States urged both sides to avoid escalation.",
     ("united_states", "demands", "kurdistan_regional_government")),
    # complaining that an actor does a thing charges it
    ("Kataib Hezbollah complained that Washington was stalling the talks.",
     ("kataib_hezbollah", "accuses", "united_states")),
    # a bare infinitive after "help" that the parser made a compound: the helped one is helped, and fights
    ("Iraq helped the coalition fight ISIS.", ("iraq", "supports", "international_coalition")),
    # whom a role is for is what rejecting the role opposes
    ("Kataib Hezbollah rejects any role for the United States in Iraq.",
     ("kataib_hezbollah", "opposes", "united_states")),
    # a body's coordinator holds an office in it
    ("Dindar Zebari, the Kurdistan Regional Government's coordinator for international advocacy, spoke.",
     ("dindar_zebari", "official_of", "kurdistan_regional_government")),
    # weapons said to be fired by an actor attribute the attack to it
    ("US officials said the rockets were fired by Kataib Hezbollah.", ("united_states", "accuses", "kataib_hezbollah")),
    # who helped with a plot is accused with its planners
    ("The Pentagon said the attack was orchestrated by Kataib Hezbollah with the help of the Quds Force.",
     ("us_department_of_defense", "accuses", "quds_force")),
    # spreading insecurity is a wrong a speaker charges
    ("Nasser Kanaani said Washington was spreading insecurity across the region.",
     ("nasser_kanaani", "accuses", "united_states")),
    # an object after a phrase set off by commas is the verb's, not the phrase's
    ("US troops are stationed at the Ain al-Asad base. The Islamic Resistance in Iraq targeted, with a drone, the Ain "
     "al-Asad base on Sunday.", ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # a subject set off at the end of a fronted phrase is the verb's, and its mujahideen are the group
    ("US troops are stationed at the Ain al-Asad base. In continuation of our approach in resisting the occupation "
     "and in support of our people in Gaza, the mujahideen of the Islamic Resistance in Iraq targeted the Ain al-Asad "
     "base.", ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # a regional cabinet is the government of the region the story names
    ("ERBIL - The KDP accused the PUK of siding with Baghdad. Qubad Talabani, the PUK's deputy prime minister in the "
     "regional cabinet, boycotted the meeting.", ("qubad_talabani", "official_of", "kurdistan_regional_government")),
    # a group's own noun, named with it, is the group
    ("Iraq condemned the Houthi movement.", ("iraq", "accuses", "houthis")),
    # those arrested are those an arrest charges
    ("Iraqi forces arrested 14 members of Kataib Hezbollah on Thursday, accusing them of planning rocket attacks on "
     "the US embassy.", ("iraqi_security_forces", "accuses", "kataib_hezbollah")),
    # holding an actor responsible, coordinated after a reported clause, is the speaker's
    ("The Popular Mobilization Forces said the attack killed members of its brigades and held the United States "
     "responsible for allowing Israeli jets to use Iraqi airspace.",
     ("popular_mobilization_forces", "accuses", "united_states")),
    # designating again is designating
    ("Washington redesignated the Houthis as a terrorist organization.", ("united_states", "accuses", "houthis")),
    # an act bearing a doer's footprints is laid at its door
    ("The Pentagon said the drone attack that killed three US soldiers bore the footprints of Kataib Hezbollah.",
     ("us_department_of_defense", "accuses", "kataib_hezbollah")),
    # a finite verb coordinated after an infinitive clause is the main verb's conjunct
    ("Grand Ayatollah Ali al-Sistani, Iraq's most senior Shiite cleric, called on Friday for all sides to exercise "
     "restraint and condemned the US strike that killed Iranian general Qassem Soleimani.",
     ("ali_al_sistani", "accuses", "united_states")),
    # another's word that an actor took part in attacks is blame
    ("The Pentagon said Abu Taqwa had been involved in carrying out attacks against American personnel.",
     ("us_department_of_defense", "accuses", "abu_taqwa_al_saidi")),
    # but a group's word of itself is its claim
    ("Kataib Hezbollah said it had been involved in the attacks on US forces.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # what an attacker calls its target names the target
    ("Iran fired missiles at what it called an Israeli base in Erbil.", ("iran", "attacks", "israel_defense_forces")),
    # a warning of what the warned will face is a threat
    ("Kataib Hezbollah warned Washington that the occupation forces would face a harsh fate.",
     ("kataib_hezbollah", "threatens", "united_states")),
    # a relative pronoun a verb of saying takes is the subject of the clause it reports
    ("Kataib Hezbollah, which US officials say was behind the strike, announced it was suspending military "
     "operations.", ("united_states", "accuses", "kataib_hezbollah")),
    # what an act is blamed on is the one whose act it was, named after the office it holds
    ("Kataib Hezbollah blamed the clash on a reckless decision by an officer, Omar al-Obaidi.",
     ("kataib_hezbollah", "accuses", "omar_al_obaidi")),
    # a demand taken up is the one who called for it
    ("Muqtada al-Sadr on Wednesday called for the dissolution of Iraq's parliament. The Coordination Framework "
     "rejected the demand.", ("coordination_framework", "opposes", "muqtada_al_sadr")),
    ("Kataib Hezbollah urged the government to expel US forces. Sudani rejected the call.",
     ("mohammed_shia_al_sudani", "opposes", "kataib_hezbollah")),
    # an attack a force repelled was on that force, and a later claim of it names its agent
    ("US forces at the Conoco gas field repelled a rocket attack on Friday. The Islamic Resistance in Iraq later "
     "claimed the attack.", ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # the subject set off at the end of the last of several fronted phrases is the verb's
    ("In continuation of our approach to resisting the American occupation forces in Iraq, and in response to the "
     "massacres committed by the Zionist entity against our people in Gaza, the mujahideen of the Islamic Resistance "
     "in Iraq targeted the Harir base in the Kurdistan region with a drone.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # a name set off after a role "in" a group is one of the group's
    ("A senior official in Kataib Sayyid al-Shuhada, Kadhim al-Fartousi, said the group would respond.",
     ("kadhim_al_fartousi", "member_of", "kataib_sayyid_al_shuhada")),
    # what one fights "as part of" is the fighter's whole, not the foe's
    ("Asaib Ahl al-Haq fought the Islamic State as part of the Popular Mobilization Forces.",
     ("asaib_ahl_al_haq", "member_of", "popular_mobilization_forces")),
    # a clause set against a denial with a subject of its own is out of its scope
    ("Iran denies arming the Houthis, though US and UN officials say Tehran supplies them with missiles.",
     ("iran", "supports", "houthis")),
    # a participle opening the sentence is fronted, and the verb the parser coordinated with it is the root; and
    # the base "in" a place known to host a force the text names is the force's
    ("Continuing our approach of resisting the occupation forces, and in response to the crimes of the Zionist "
     "entity against our people in Gaza, the mujahideen of the Islamic Resistance in Iraq struck the base in Conoco "
     "field in Syria with two drones. The resistance will go on until the American occupier leaves.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # an order rejected is its giver's
    ("Prime Minister Mustafa al-Kadhimi on Sunday issued a decree ordering all factions to close their offices. Asaib "
     "Ahl al-Haq leader Qais al-Khazali rejected the order, saying it served American interests.",
     ("qais_khazali", "opposes", "mustafa_al_kadhimi")),
    # a verb of labelling the tagger took for a participle on the subject before it
    ("Kataib Hezbollah's security official, Abu Ali al-Askari, called Kadhimi \"a traitor\" on Telegram and warned him "
     "against \"playing with fire\".", ("abu_ali_al_askari", "accuses", "mustafa_al_kadhimi")),
    # the strike someone killed with is theirs, for "the strike" later
    ("Israel killed a Hezbollah commander in an air strike on a car in southern Lebanon. Lebanon's prime minister, "
     "Najib Mikati, condemned the strike.", ("najib_mikati", "accuses", "israel")),
    # a second object set off after the first describes it
    ("A drone struck Tower 22, a small outpost in Jordan, on Sunday.", ("tower_22", "located_in", "jordan")),
    # a given name and an Arabic surname are a person's, whatever the NER took them for
    ("U.S. forces killed a senior Islamic State leader in a helicopter raid in northern Syria on Monday. The raid "
     "killed Usamah al-Muhajir.", ("us_forces", "kills", "usamah_al_muhajir")),
    # a name the NER took for an organisation's, given a person's office, is the person's
    ("Russia's ambassador, Vassily Nebenzia, blamed the United States for the escalation.",
     ("vassily_nebenzia", "official_of", "russia")),
    # an ordinal and a unit's noun name a unit
    ("Abu Zaid al-Jubouri commands the 30th Brigade of the Popular Mobilization Forces, a unit recruited mostly from "
     "the Shabak minority.", ("abu_zaid_al_jubouri", "leads", "30th_brigade")),
    # a killing the subject of a denied or modal verb was done all the same
    ("Hezbollah leader Hassan Nasrallah vowed that the killing of senior commander Fuad Shukr in an Israeli strike "
     "on Beirut would not go unpunished.", ("israel", "kills", "fuad_shukr")),
    # the name on a group's own noun is the group's, its possessor only where it is from
    ("Abdul Malik al-Houthi, the leader of Yemen's Houthi movement, said his forces would escalate their attacks.",
     ("abdul_malik_al_houthi", "leads", "houthis")),
    # a who's who's entry name, set off by a colon, is what its description takes up
    ("Kataib Hezbollah: Founded in 2007 by Abu Mahdi al-Muhandis, the group is the most powerful of the factions."
     "\n\nAsaib Ahl al-Haq: Led by Qais al-Khazali, the group split from Moqtada al-Sadr's Mahdi Army in 2006.",
     ("qais_khazali", "leads", "asaib_ahl_al_haq")),
    # an object and its quoted label the parser made one phrase
    ("Israeli warplanes struck the Houthi-held port of Hodeidah on Saturday. Houthi spokesman Mohammed Abdulsalam "
     "called the attack \"brutal Israeli aggression\".", ("mohammed_abdulsalam", "accuses", "israel_defense_forces")),
    # Iraq's federal police is an armed force the registry knows
    ("Fighters from Kataib Hezbollah clashed with federal police at an agriculture department in southern Baghdad.",
     ("kataib_hezbollah", "attacks", "iraqi_federal_police")),
    # a verb in scare quotes with a subject and an auxiliary of its own heads its clause
    ("Turkish forces said they had \"neutralised\" four members of the YPG near Manbij.",
     ("turkish_armed_forces", "kills", "ypg")),
    # who heads a group's function is one of the group
    ("The PMF's Diyala operations commander, Talib al-Mousawi, said reinforcements had been sent.",
     ("talib_al_mousawi", "member_of", "popular_mobilization_forces")),
    # the names a plural role is given stand for it; its group is not the clause's own subject
    ("The U.S. Treasury on Friday imposed sanctions on Hussein al-Lami. It also designated two Asaib Ahl al-Haq "
     "leaders, Qais al-Khazali and his brother Laith, whom it accused of ordering the killings.",
     ("us_treasury", "accuses", "qais_khazali")),
    # the men of a party's force killed are the party's, whose killing attacks it
    ("A Turkish drone struck a car near Sulaimani international airport on Thursday, killing three members of the "
     "counter-terrorism forces of the Patriotic Union of Kurdistan (PUK), security officials said.",
     ("turkish_armed_forces", "attacks", "patriotic_union_of_kurdistan")),
    # a description set beside with a description of its own still takes up the name before
    ("The Islamic Resistance in Iraq said it had launched a drone at Eilat. The group, an umbrella of Iran-backed "
     "factions including Kataib Hezbollah, has also claimed attacks on US forces in Iraq and Syria.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # an identification names the unnamed person told of before, and the description in it
    ("A US drone strike in Baghdad killed a senior commander of Kataib Hezbollah, US Central Command said. CENTCOM "
     "identified the commander as Abu Baqir al-Saadi.", ("united_states", "kills", "abu_baqir_al_saadi")),
    ("A US drone strike in Baghdad killed a senior commander of Kataib Hezbollah, US Central Command said. CENTCOM "
     "identified the commander as Abu Baqir al-Saadi.", ("abu_baqir_al_saadi", "member_of", "kataib_hezbollah")),
    # "the coalition" after a name an apposition described as one is that name's
    ("The Islamic Resistance in Iraq, a coalition of armed factions, claimed the attack. Nujaba, one of the factions "
     "in the coalition, vowed more.", ("harakat_al_nujaba", "member_of", "islamic_resistance_in_iraq")),
    # an act a promise came after was done
    ("Kataib Hezbollah vowed revenge after the US strike on Iraqi forces.",
     ("united_states", "attacks", "iraqi_security_forces")),
    # "the cleric" takes up a person named before, though no office
    ("Grand Ayatollah Ali al-Sistani urged restraint. The cleric also criticised the Iraqi government.",
     ("ali_al_sistani", "accuses", "iraqi_government")),
    # a designation in a participle set off after its noun
    ("The PKK, designated a terrorist group by Turkey and the European Union, has waged an insurgency since 1984.",
     ("european_union", "accuses", "pkk")),
    ("Kataib Hezbollah, designated a terrorist organisation by Washington in 2009, denied it.",
     ("united_states", "accuses", "kataib_hezbollah")),
    # the strike a death came in, after an apposition on the one killed
    ("He took over after the killing of his predecessor, Abu Mahdi al-Muhandis, in a US drone strike.",
     ("united_states", "kills", "abu_mahdi_al_muhandis")),
    # fighters a relative clause says strikes on a group killed are the group's
    ("Sistani condemned the US air strikes on Kataib Hezbollah positions in Anbar, which killed 25 fighters.",
     ("united_states", "kills", "kataib_hezbollah")),
    # one joined in an act acts too, and the force named before a make is the machines'
    ("British jets joined US forces in strikes on Houthi targets.", ("us_forces", "attacks", "houthis")),
    ("Royal Air Force Typhoon jets struck Houthi targets.", ("british_armed_forces", "attacks", "houthis")),
    # a description set off before a name describes the name
    ("A veteran of Kataib Hezbollah, Abu Fadak fought against US forces.",
     ("abu_fadak_al_muhammadawi", "member_of", "kataib_hezbollah")),
    # a state vows an answer to a strike on its own force, told beside the vow
    ("Israeli strike on Damascus kills IRGC general, Iran vows response", ("iran", "threatens", "israel")),
    ("Israeli strike on Damascus kills IRGC general, Iran vows response", ("israel", "kills", "irgc")),
    # "it" in a relative clause is the actor before, not a state named as where things happen
    ("Turkey has carried out hundreds of strikes in northern Syria and Iraq since a deadly attack in Ankara last "
     "month, which it blamed on the PKK.", ("turkey", "accuses", "pkk")),
    # a company named after its noun, whatever place its name ends on
    ("The US Treasury imposed sanctions on the Iraqi private airline Fly Baghdad, accusing the carrier of helping the "
     "IRGC.", ("us_treasury", "accuses", "fly_baghdad")),
    # a verb after "and, according to X," is the subject's, not a participle on the source
    ("Secretary of State Antony Blinken called Sudani on Friday and, according to Reuters, named Kataib Hezbollah "
     "and Harakat al-Nujaba as the groups behind the attacks.", ("antony_blinken", "accuses", "kataib_hezbollah")),
    # an act summed up in an apposition is what a relative clause on the apposition condemns
    ("The US answered with a drone strike that killed a Kataib Hezbollah commander, a move the Iraqi government "
     "condemned.", ("iraqi_government", "accuses", "united_states")),
    # a list of verbs after a relative clause's verb goes on in the relative clause, and a "who" clause after
    # another relative clause is about the person the first is about
    ("The protests followed a sermon by Ayatollah Ali Hamza, a cleric whom many Sadrists followed, who said he was "
     "retiring, urged calm and accused Muqtada al-Sadr of dividing Shiites.", ("ali_hamza", "accuses",
                                                                          "muqtada_al_sadr")),
    # a wrong a state calls "it" is the act told just before, and so its doer's
    ("US strike south of Baghdad kills four PMF members; Iraq calls it a heinous crime",
     ("iraq", "accuses", "united_states")),
    # a verb in scare quotes the tagger took for an adjective, with the subject the parser gave its object
    ("A drone strike killed Zardasht Shingali. Turkey's National Intelligence Organisation (MIT) later said it had "
     "\"neutralised\" Shingali in an operation in the region.",
     ("national_intelligence_organisation", "kills", "zardasht_shingali")),
    # a group's short form in brackets is no holder of the role before it
    ("Zardasht Shingali was a commander of the Sinjar Resistance Units (YBS), an armed group affiliated with the PKK.",
     ("zardasht_shingali", "member_of", "sinjar_resistance_units")),
    # the dead of "his killing" is the one named last, not who acts in the clause
    ("Qaani, who succeeded Qassem Soleimani after his killing in a US strike in 2020, met Sudani.",
     ("united_states", "kills", "qasem_soleimani")),
    # a designation whose charge a relative clause on the designated tells
    ("The US Treasury designated Muhammad Qasim al-Fahadawi, an Iraqi businessman it said had funnelled millions of "
     "dollars to Kataib Hezbollah.", ("us_treasury", "accuses", "muhammad_qasim_al_fahadawi")),
    # an "of" after the second of two nouns, the first owned already, is the second's
    ("Clashes broke out between Kurdish peshmerga forces and fighters of the Kurdistan Workers' Party (PKK) near "
     "Zakho.", ("peshmerga", "attacks", "pkk")),
    # the opening words of a name before it goes on in lower case name it again, and "the occupiers" are the force
    ("The mujahideen of the Islamic Resistance in Iraq targeted the Ain al-Asad base of the American occupation with "
     "a drone. The Islamic Resistance affirms that its operations will continue until the occupiers leave the land "
     "of Iraq and the siege of Gaza is lifted.", ("islamic_resistance_in_iraq", "threatens", "us_forces")),
    # calling someone another's agent charges them
    ("Kataib Hezbollah spokesman Mohammed Mohi described the prime minister, Mustafa al-Kadhimi, as an agent of the "
     "Americans.", ("mohammed_mohi", "accuses", "mustafa_al_kadhimi")),
    # "one of its headquarters" struck by another is the reporter's, not the striker's
    ("The Popular Mobilization Forces said a US drone strike had hit one of its headquarters near al-Qaim, killing "
     "two of its fighters.", ("united_states", "kills", "popular_mobilization_forces")),
    # what a group said "in a statement that ..." is reported by the group, not by one named inside its description
    ("Harakat al-Nujaba, one of the most hardline factions of the Popular Mobilisation Forces, said in a statement "
     "that it \"will not accept the presence of a single American soldier\" on Iraqi soil.",
     ("harakat_al_nujaba", "opposes", "us_forces")),
    # revenge vowed by a group that blames another for the harm is against the one it blames
    ("A drone strike killed two members of Kataib Hezbollah near al-Qaim. The group blamed Israel for the attack and "
     "vowed revenge.", ("kataib_hezbollah", "threatens", "israel")),
    # attacks a group itself vows to go on with are on those it attacked before
    ("Kataib Hezbollah said its fighters had targeted US forces in Syria. The group vowed to continue its attacks.",
     ("kataib_hezbollah", "threatens", "us_forces")),
    # names coordinated before a force noun are each the force attacked
    ("Kataib Hezbollah fighters attacked U.S. and Coalition personnel near the border.",
     ("kataib_hezbollah", "attacks", "international_coalition")),
    # a base that houses a force hosts it
    ("Three rockets struck near Victory Base, which houses U.S. forces, late on Sunday.",
     ("us_forces", "deployed_in", "victory_base")),
    # a description of a group after "the deputy leader of X" describes X, and leaves the leader's office alone
    ("Muhandis was the deputy leader of the Popular Mobilisation Forces, an umbrella grouping of paramilitary groups.",
     ("abu_mahdi_al_muhandis", "member_of", "popular_mobilization_forces")),
    # a whole described as "made up of" its parts by a participle
    ("The Popular Mobilisation Forces, a grouping made up of Iran-backed militias, was formed in 2014.",
     ("iran_backed_militias", "member_of", "popular_mobilization_forces")),
    # a designation told in a relative clause with no pronoun
    ("Abu Ali leads Kataib Hezbollah, a group the US designated as a terrorist organisation.",
     ("united_states", "accuses", "kataib_hezbollah")),
    # "both men" after a list of two named men stands for both
    ("A court issued a warrant in connection with the killing of Iranian general Qassem Soleimani and Iraqi militia "
     "leader Abu Mahdi al-Muhandis. Muhandis was the deputy leader of the Popular Mobilisation Forces. Both men were "
     "killed in a U.S. drone strike at Baghdad airport.", ("united_states", "kills", "qasem_soleimani")),
    # a bare title set off after a name is the one office ("Gen. X, CENTCOM commander")
    ("\"Our priority is the protection of our personnel,\" said Gen. Michael Erik Kurilla, CENTCOM commander.",
     ("michael_kurilla", "leads", "us_central_command")),
    # the dead of a strike said to be, most of them, a group's men: the striker kills the group
    ("U.S. fighter jets struck a weapons depot near Mayadin. A war monitor said nine people were killed in the strike, "
     "most of them members of Iran-backed militias.", ("us_forces", "kills", "iran_backed_militias")),
    # "IS", the Islamic State's acronym, opening a sentence is no copula
    ("IS militants killed three Peshmerga fighters in an attack on a checkpoint near Makhmour last week.",
     ("islamic_state", "kills", "peshmerga")),
    # a past tense after a present-tense clause reported goes on with the reporting verb
    ("Iraqi parliament speaker Mohammed al-Halbousi said on Tuesday that Iraq rejects the presence of Turkish "
     "military bases on its soil and called on Ankara to withdraw its troops.",
     ("mohammed_al_halbousi", "demands", "turkey")),
    # a force sent somewhere, named by its state's adjective, is deployed there
    ("Iraqi troops were deployed to Sinjar under an agreement between Baghdad and the Kurdistan Regional Government.",
     ("iraqi_security_forces", "deployed_in", "sinjar")),
    # a description after a clause fronted before it is not the fronted clause's subject
    ("Kataib Hezbollah was founded in 2007. After Islamic State overran a third of Iraq in 2014, the group joined the "
     "Popular Mobilisation Forces.", ("kataib_hezbollah", "member_of", "popular_mobilization_forces")),
    # a verb the parser coordinated with fronted phrases is the sentence's verb, with its subject set off before it
    ("In continuation of our approach in resisting the occupation forces in Iraq and the region, and in response to "
     "the massacres of the Zionist entity against our people in Gaza, the mujahideen of the Islamic Resistance in "
     "Iraq targeted, at dawn on Sunday, the American occupation base at Harir airport with a drone.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # security denied an actor to come threatens it
    ("The Islamic Resistance in Iraq affirms that the American occupation forces will not enjoy security on the land "
     "of Iraq as long as they remain.", ("islamic_resistance_in_iraq", "threatens", "us_forces")),
    # a move set off after what an actor did, condemned by another, condemns the actor
    ("Kataib Hezbollah last year offered to arm 12,000 fighters in Jordan to fight Israel, a move Amman condemned as "
     "interference in its internal affairs.", ("jordan", "accuses", "kataib_hezbollah")),
    # a label the parser took for an apposition of what is labelled
    ("The Syrian government, which considers the US presence an occupation, condemned the visit.",
     ("syrian_government", "accuses", "us_forces")),
    # a position held by a group's men is the group's, whatever state they are said to be from
    ("Israeli warplanes struck a position held by Iraqi fighters of Harakat al-Nujaba near Albu Kamal.",
     ("israel_defense_forces", "attacks", "harakat_al_nujaba")),
    # a past tense hung as a participle on the noun ending a participle's phrase is the sentence's verb, and an
    # attack falling beside a base is on the force there
    ("Rockets fired by Iranian-backed militias struck near a US base at the Conoco gas field on Sunday, the Syrian "
     "Democratic Forces said.", ("iran_backed_militias", "attacks", "us_forces")),
    # "it" held responsible after an attack on a group's base is the attacker, not the group the base is named for
    ("The Iraqi military spokesman said the coalition had carried out an unjustified attack on a Popular Mobilization "
     "Forces base and that the government would hold it responsible.",
     ("iraqi_government", "accuses", "international_coalition")),
    # "the group" after "Unlike X," is not X
    ("Kataib Sayyid al-Shuhada has seats in parliament. Unlike Kataib Hezbollah, the group has sought a place in "
     "politics. In January the group said it had launched drones at US forces at the Ain al-Asad base.",
     ("kataib_sayyid_al_shuhada", "attacks", "us_forces")),
    # a headline's office a group's name is set before is held by whom the story names so beside the group
    ("Badr leader warns Turkey over strikes\n\nThe head of the Badr Organization, Hadi al-Amiri, spoke in Baghdad "
     "on Wednesday.", ("hadi_al_amiri", "threatens", "turkey")),
    # ... and a state's office too, by another word for it ("envoy" for the ambassador)
    ("Iraqi parliament speaker meets Iranian envoy\n\nIraqi parliament speaker Mahmoud al-Mashhadani said Iran's "
     "ambassador to Iraq, Mohammad Kazem Al-e Sadeq, had brought a message from Tehran.",
     ("mahmoud_al_mashhadani", "negotiates_with", "mohammad_kazem_al_e_sadeq")),
    ("On Wednesday the ministry summoned Ambassador Ali Riza Guney. It was the third time Ankara's envoy had been "
     "summoned.", ("ali_riza_guney", "official_of", "turkey")),
    # a relative clause's verb the tagger took for a noun, its subjects for modifiers
    ("Turkey says it targets the PKK, which Ankara and Washington list as a terrorist organization.",
     ("united_states", "accuses", "pkk")),
    # a past tense coordinated with a modal clause a past verb reports goes on with the reporting verb
    ("Mahmoud al-Mashhadani stressed that Iraq would not allow its territory to be used to threaten any "
     "neighbouring country and called on Tehran to respect Iraqi sovereignty.",
     ("mahmoud_al_mashhadani", "demands", "iran")),
    # "under secretary" is a title, and one below a ministry's minister is the ministry's official
    ("Brian Nelson, the Treasury's under secretary for terrorism and financial intelligence, said so.",
     ("brian_nelson", "official_of", "us_treasury")),
    # an armed group's name the NER took for a law
    ("The Sinjar Resistance Units are part of the Popular Mobilization Forces.",
     ("sinjar_resistance_units", "member_of", "popular_mobilization_forces")),
    # "both attacks" takes up the attacks told before, as "the attacks" does
    ("Oct. 17: Drones targeted US forces at al-Asad air base in western Iraq. The Islamic Resistance in Iraq claimed "
     "both attacks.", ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # a headline's office a state's adjective is set before, whatever else the phrase says of where its holder is
    ("Iraqi Kurdish leader Barzani meets Iranian president in Tehran\n\nIranian President Masoud Pezeshkian said on "
     "Monday that Iran valued its ties with the Kurdistan Region.", ("barzani", "negotiates_with",
                                                                      "masoud_pezeshkian")),
    # a participle of stance set off after what a speaker said of others is the speaker's; and the departure a
    # demand is for is not the demanders'
    ("The Pentagon said on Monday that US forces would remain in Syria to prevent an Islamic State resurgence, "
     "rejecting demands by Iran-aligned groups for their departure.",
     ("us_department_of_defense", "opposes", "iran_backed_militias")),
    ("The Pentagon said on Monday that US forces would remain in Syria to prevent an Islamic State resurgence, "
     "rejecting demands by Iran-aligned groups for their departure.", ("iran_backed_militias", "demands", "us_forces")),
    # ... and is no part of what the speaker denies
    ("Iran's foreign ministry on Monday denied that it supplies weapons to armed groups in Iraq, accusing Washington "
     "of spreading lies.", ("iranian_foreign_ministry", "accuses", "united_states")),
    # an act recalled by a word naming none told is not one told as what another answers
    ("Turkish warplanes struck PKK targets in the Qandil mountains overnight, killing 12 militants. The ministry said "
     "the strikes were in response to a PKK attack on a Turkish base that killed two soldiers. Iraq's foreign "
     "ministry condemned the operation.", ("iraqi_foreign_ministry", "accuses", "turkish_armed_forces")),
    # an end asked to what another does is asked of the doer
    ("Iraq's foreign ministry demanded an end to Turkish violations of its airspace.",
     ("iraqi_foreign_ministry", "demands", "turkey")),
    # a clause reported by a verb of speech coordinated after another's act is its own subject's word
    ("A US drone strike killed two Kataib Hezbollah members. Kataib Hezbollah vowed revenge, and the Iraqi government "
     "said the strike was a blatant violation of its sovereignty.", ("iraqi_government", "accuses", "united_states")),
    # remarks by a role's holder named beside it are the holder's
    ("The Coordination Framework rejected remarks by the US ambassador, Alina Romanowski.",
     ("coordination_framework", "opposes", "alina_romanowski")),
    # one in charge of a group's function is one of the group
    ("Abu Baqir al-Saadi, who was in charge of Kataib Hezbollah's operations in Syria, was killed.",
     ("abu_baqir_al_saadi", "member_of", "kataib_hezbollah")),
    # those added to a terrorism list in the passive are put on it by its owner
    ("The Treasury said on Monday that Harakat al-Nujaba and its leader, Akram al-Kaabi, had been added to its list "
     "of Specially Designated Global Terrorists.", ("us_treasury", "accuses", "harakat_al_nujaba")),
    # a participle the parser took for the verb, its phrase right after it, describes the last noun coordinated
    ("Asaib Ahl al-Haq and units tied to the Badr Organization fought beside Syrian troops in 2014.",
     ("badr_organization", "supports", "syrian_army")),
    # a body's committee named in lowercase words is a body of its own, part of its owner
    ("The legal committee of the Iraqi parliament said on Sunday that the bill was flawed.",
     ("iraqi_parliament_legal_committee", "member_of", "iraqi_parliament")),
    ("The Iraqi parliament's security and defence committee summoned the defence minister on Wednesday.",
     ("iraqi_parliament_security_and_defence_committee", "member_of", "iraqi_parliament")),
    # ... and its rapporteur is one of its officials, whether or not its owner is named in full
    ("Karim Hassan, rapporteur of parliament's security and defence committee, said the cause was unknown.",
     ("karim_hassan", "official_of", "parliament_security_and_defence_committee")),
    # an answer one's acts drew from another is the other's attack on one
    ("Kataib Hezbollah fired rockets at the Israeli border town of Metula, drawing Israeli retaliation.",
     ("israel", "attacks", "kataib_hezbollah")),
    # an infinitive after a noun of threat is what the noun threatens, and targets inside a state are the state's
    ("Iraq's parliament met on Monday over Israeli threats to strike targets inside Iraq.",
     ("israel", "threatens", "iraq")),
    # what came before a promise ("a day after X struck") was done, whatever the promise says is to come
    ("Iraqi factions said on Thursday they would expand attacks on shipping, a day after the United States and "
     "Britain struck Houthi targets in Yemen.", ("united_states", "attacks", "houthis")),
    # a statement from a group that speaks is the group's word
    ("The United States struck Houthi targets in Yemen on Wednesday. \"The aggression will not go unpunished,\" said "
     "a statement from the Islamic Resistance in Iraq.", ("islamic_resistance_in_iraq", "threatens", "united_states")),
    # whoever claims a strike told with no agent killed whom the strike killed
    ("A drone strike on a car in eastern Baghdad killed two members of Kataib Hezbollah on Wednesday. The US "
     "military said it had carried out the strike.", ("us_forces", "kills", "kataib_hezbollah")),
    # one's rivals in a body are the body, wherever the parser hangs the phrase
    ("Ammar al-Hakim accused his opponents in the Coordination Framework of blocking the budget.",
     ("ammar_al_hakim", "accuses", "coordination_framework")),
    # a person's armed group named after "whose" is one the person leads
    ("Muqtada al-Sadr, whose Saraya al-Salam militia fought US forces after 2003, spoke on Friday.",
     ("muqtada_al_sadr", "leads", "saraya_al_salam")),
    # a claim of an attack told in a statement is of the attack told before
    ("Gunmen killed a commander of the Popular Mobilization Forces near Rutba on Saturday. Islamic State claimed "
     "responsibility for the attack in a statement on its Amaq news agency.",
     ("islamic_state", "attacks", "popular_mobilization_forces")),
    # what one exploits to act on another is one's means: the subject acts
    ("Islamic State fighters have exploited the security vacuum to attack Peshmerga positions in Kirkuk.",
     ("islamic_state", "attacks", "peshmerga")),
    # those a group names as some of its men are its members
    ("Kataib Hezbollah mourned three of its fighters on Sunday, naming them as Ali Hassan, Omar Saleh and Jabbar "
     "Kadhim.", ("omar_saleh", "member_of", "kataib_hezbollah")),
    # the owner of talks holds them with whom they are "with"
    ("Iraq's talks with the United States on the coalition's future resumed in September, Sudani said.",
     ("iraq", "negotiates_with", "united_states")),
    # a possessive opening a sentence is the owner the last sentence told of, not a subject of its scene-setting
    # clause
    ("The Badr Organization, one of the oldest of the factions, said it would not disarm as long as Washington "
     "keeps troops in Iraq. Its leader, Hadi al-Amiri, told reporters that the decision was final.",
     ("hadi_al_amiri", "leads", "badr_organization")),
    # the name set beside a subject is what its sentence tells of
    ("Turkey's defence minister, Yasar Guler, visited Erbil on Monday and met Masrour Barzani and Interior Minister "
     "Reber Ahmed. He accused the PKK of using Iraqi territory to attack Turkish troops.",
     ("yasar_guler", "accuses", "pkk")),
    # a military complex is a site that holds a force
    ("A drone struck a military complex near Erbil airport that hosts US troops on Tuesday. Kataib Sayyid al-Shuhada "
     "claimed responsibility for the attack.", ("kataib_sayyid_al_shuhada", "attacks", "us_forces")),
    # "the strikes" recalls "airstrikes", not a strike since told with no one behind it
    ("Israeli warplanes carried out airstrikes on positions of Kataib Hezbollah near Albu Kamal on Friday. A day "
     "later, rockets struck a base in Deir ez-Zor province that hosts US troops. The Iraqi foreign ministry "
     "condemned the strikes.", ("iraqi_foreign_ministry", "accuses", "israel_defense_forces")),
    # the head of a group's body named before the title is one of the group's
    ("Asaib Ahl al-Haq's political bureau head, Saad al-Suwaidi, met the Iranian ambassador on Sunday.",
     ("saad_al_suwaidi", "member_of", "asaib_ahl_al_haq")),
    # settling with another, to come, threatens it
    ("Kataib Hezbollah said it would deal with the American occupiers at the right time.",
     ("kataib_hezbollah", "threatens", "us_forces")),
    # a name set off after a group's part, with no "and", describes the part
    ("Turkey said it had killed five militants in the Qandil mountains. A spokesman for the PKK's armed wing, the "
     "People's Defence Forces (HPG), denied the claim.", ("peoples_defence_forces", "member_of", "pkk")),
    # a verb of saying coordinated with the subject's act shares its subject as speaker
    ("Kataib Hezbollah rejected the decision on Monday and said it showed that Washington was meddling in Iraq's "
     "affairs.", ("kataib_hezbollah", "accuses", "united_states")),
    # the dead a strike killed, identified sentences later, are its dead
    ("A US drone strike in Baghdad killed a Kataib Hezbollah commander on Wednesday. There were no civilian "
     "casualties. The Pentagon said it would act again if attacked. US officials identified the commander as Abu "
     "Baqir al-Saadi.", ("united_states", "kills", "abu_baqir_al_saadi")),
    # a possessive on whom a subject accuses is not the subject's (but "its rival" is)
    ("The Syrian Democratic Forces (SDF) control much of northeastern Syria. Ankara has often accused its fighters of "
     "links to the PKK.", ("turkey", "accuses", "syrian_democratic_forces")),
    # "the force" takes up a force of a plural name, not a plural of forces
    ("The Popular Mobilization Forces were formed in 2014 to fight Islamic State alongside the army. Washington says "
     "some of its factions have attacked US forces. Hadi al-Amiri, whose Badr Organization is the largest group in "
     "the force, rejects that.", ("badr_organization", "member_of", "popular_mobilization_forces")),
    # a vehicle's load is what an attack on it strikes
    ("A US drone struck a vehicle carrying Asaib Ahl al-Haq fighters near Jurf al-Sakhar on Sunday.",
     ("us_forces", "attacks", "asaib_ahl_al_haq")),
    # a house used by a group is the group's
    ("US jets struck a safe house used by the IRGC near Albu Kamal.", ("us_forces", "attacks", "irgc")),
    # an example given of targets stands for whose it is
    ("US forces struck dozens of targets, including command centers of the Quds Force.",
     ("us_forces", "attacks", "quds_force")),
    # an actor's sway "of" an actor is its, as a possessive's
    ("Sadr has long opposed the influence of Iran-backed armed groups in the state.",
     ("muqtada_al_sadr", "opposes", "iran_backed_militias")),
    # a noun phrase after ", and" with no verb of its own is one more object
    ("The IRGC launched drones at Kurdish opposition groups in northern Iraq on Monday. The drones hit positions of "
     "the KDPI near Koya, east of Erbil, and the Komala party near Halabja.", ("irgc", "attacks", "komala")),
    # a noun of an act opening a sentence is no name for its capital
    ("Airstrikes by Turkey hit positions of the PKK in the Qandil mountains on Sunday.", ("turkey", "attacks", "pkk")),
    # "both parties" counts the last two named, not the clause's own subjects, acronyms as names
    ("The KDP accused the PUK of delaying the budget. The United States and the European Union have urged both "
     "parties to resolve the dispute.", ("united_states", "demands", "patriotic_union_of_kurdistan")),
    # a wrong "committed by" an actor is the actor's
    ("In a statement, Kataib Hezbollah said the attack came in response to the crimes committed by the American "
     "occupation against the Iraqi people.", ("kataib_hezbollah", "accuses", "us_forces")),
    # the subject of a relative clause is not the name the clause's noun is set beside
    ("Qais al-Khazali called for the expulsion of the British ambassador, Stephen Hickey, whom he accused of "
     "meddling in the elections.", ("qais_khazali", "accuses", "stephen_hickey")),
    # a possessive opening the subject of a "that" clause is the knower's, an enemy a state's adjective names
    ("Harakat al-Nujaba said on Monday it would widen its attacks. \"The Zionist enemy must understand that its "
     "bases in the Golan are within the range of our drones,\" the group's secretary-general, Akram al-Kaabi, "
     "said.", ("akram_al_kaabi", "threatens", "israel")),
    # a finite verb coordinated with a gerund goes on with the verb the gerund completes
    ("The YPG, which has fought Islamic State alongside US troops, accused Ankara of trying to destabilise the "
     "region and called on the international coalition to stop the attacks.",
     ("ypg", "demands", "international_coalition")),
    # an apposition set off right after the object describes the object, not the subject
    ("Turkey has long considered the YPG, the backbone of the SDF, an extension of the outlawed PKK.",
     ("ypg", "member_of", "syrian_democratic_forces")),
    # examples a noun gives ("such as") are not what the sentence tells of, for a possessive after it
    ("Several armed groups joined the Popular Mobilization Forces in 2014, among them militias such as the Badr "
     "Organization and Asaib Ahl al-Haq. Its chief of staff, Abu Fadak al-Muhammadawi, is a former Kataib Hezbollah "
     "commander.", ("abu_fadak_al_muhammadawi", "member_of", "popular_mobilization_forces")),
    # a common noun coordinated with a place is coordinated with what is in the place
    ("The IRGC said it had targeted an Israeli spy headquarters in Erbil and Islamic State positions in Syria.",
     ("irgc", "attacks", "islamic_state")),
    # a person's militia is one the person leads
    ("Qais al-Khazali's Asaib Ahl al-Haq militia denied any role.", ("qais_khazali", "leads", "asaib_ahl_al_haq")),
    # harm a speaker tells of done to the speaker's own is a wrong the speaker charges
    ("\"The Turkish army has killed our brothers in Sinjar,\" Nujaba spokesman Hussein al-Moussawi said on Monday.",
     ("hussein_al_moussawi", "accuses", "turkish_armed_forces")),
    # a headline's plural that takes an infinitive is its verb
    ("Iraqi parliament votes to expel American troops\n\nThe vote passed on Sunday.",
     ("iraqi_parliament", "opposes", "us_forces")),
    # names set off by a comma before a plural verb are coordinated, and those who agree on something talk
    ("Kurdistan Region, Baghdad agree on budget deal after talks\n\nThe deal was signed on Sunday.",
     ("kurdistan_regional_government", "negotiates_with", "iraq")),
    # who reach an agreement with each other have negotiated
    ("The KDP and the PUK reached an agreement on the cabinet.",
     ("kurdistan_democratic_party", "negotiates_with", "patriotic_union_of_kurdistan")),
    # a registered body's name before a role names the body, a government's as a ministry's
    ("Iraqi Foreign Minister Fuad Hussein urged the US to coordinate with the government. The Iraqi government "
     "spokesman, Bassem al-Awadi, said Baghdad held Washington responsible.",
     ("bassem_al_awadi", "spokesperson_for", "iraqi_government")),
    # a unit's name after a description of its owner is the owner's part, a title word in the name no office
    ("Hezbollah mourned two fighters on Sunday. A security source said one of them was a commander in the group's "
     "elite Radwan Force.", ("radwan_force", "member_of", "hezbollah")),
    # an office is of each body its "of" coordinates, a body no second office
    ("Hadi al-Amiri, the head of the Badr Organization and the Fatah bloc, spoke in Basra on Saturday.",
     ("hadi_al_amiri", "leads", "fatah_alliance")),
    # a named base attacked in a place is in the place
    ("A drone targeted the Harir air base, which hosts coalition forces, in the Shaqlawa district on Monday.",
     ("harir_air_base", "located_in", "shaqlawa_district")),
    # a pact's sides negotiated it
    ("The withdrawal is part of an agreement reached last year between Baghdad and Washington to wind down the "
     "coalition.", ("iraq", "negotiates_with", "united_states")),
    # a force that goes somewhere is deployed there
    ("Coalition troops relocated to Erbil last month after leaving Baghdad.",
     ("international_coalition", "deployed_in", "erbil")),
    # the dead a description takes up, named by a participle of naming, is the one killed
    ("A US drone strike in Baghdad on Wednesday killed a senior commander of Kataib Hezbollah, officials said. The "
     "commander, identified as Abu Baqir al-Saadi, was in charge of the group's operations in Syria.",
     ("united_states", "kills", "abu_baqir_al_saadi")),
    # a weapon coming down on a force is an attack on it, which a participle of claiming gives its claimant
    ("Rockets rained on US bases in Iraq on Monday. The attacks, claimed by the Islamic Resistance in Iraq, drew US "
     "retaliation.", ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # a listing's "by" may hang on the label "as" takes
    ("Turkey struck the PKK, which is listed as a terrorist group by the United States.",
     ("united_states", "accuses", "pkk")),
    # no one demands its own going: "its" is what is to go
    ("The Syrian government considers the US presence an obstacle and has demanded its withdrawal.",
     ("syrian_government", "demands", "us_forces")),
    # an adjective of wrong a verb of labelling gives its object charges it
    ("Syria considers the US presence illegal.", ("syria", "accuses", "us_forces")),
    # the one killed a later "identified the dead man as X" names is X
    ("An Israeli airstrike near Damascus killed a commander of Harakat al-Nujaba, the group said. The group "
     "identified the dead man as Hajj Abu Ali al-Kaabi.", ("israel", "kills", "abu_ali_al_kaabi")),
    # a group that has men doing something does it
    ("Nujaba has fighters in Syria supporting the government of President Bashar al-Assad.",
     ("harakat_al_nujaba", "supports", "syrian_government")),
    ("Kataib Hezbollah has sent fighters to Syria to support the Assad government.",
     ("kataib_hezbollah", "supports", "syrian_government")),
    # verbs coordinated share a free relative as they share an object
    ("Ankara rejected and denounced what it called an Iranian provocation.", ("turkey", "opposes", "iran")),
    # a "that" clause with nothing missing after a phrase of when is what is reported
    ("A drone hit the airport. US officials told AFP hours after the attack that Kataib Hezbollah was behind it.",
     ("united_states", "accuses", "kataib_hezbollah")),
    # targets an Iran-backed or Iran-linked phrase names are the collective's
    ("Israel struck Iran-backed targets in Syria.", ("israel", "attacks", "iran_backed_militias")),
    ("Israel has carried out strikes on Iran-linked targets in Syria.", ("israel", "attacks", "iran_backed_militias")),
    # the state a name of an armed group opens with in the possessive is the name's
    ("Iraq's Islamic Resistance praised the Houthi attack and said it would continue to target US interests.",
     ("islamic_resistance_in_iraq", "threatens", "united_states")),
    # going on with an act of wrong is no saying: the speaker charges who goes on
    ("\"Turkey continues its attacks on our region in violation of international law,\" SDF spokesman Farhad Shami "
     "said.", ("farhad_shami", "accuses", "turkey")),
    # the troops a state keeps or sends are its force
    ("Washington has partnered with the SDF and keeps about 900 troops in northeast Syria.",
     ("us_forces", "deployed_in", "syria")),
    ("Turkey has deployed thousands of soldiers in northern Iraq.", ("turkish_armed_forces", "deployed_in", "iraq")),
    # a state named as where something came from does not do what a pronoun after it does
    ("The Jordanian army said it had shot down a drone that crossed from Syria, one of a series of smuggling attempts "
     "it blames on militias backed by Iran.", ("jordanian_armed_forces", "accuses", "iran_backed_militias")),
    # a counted apposition of a collective's phrase describes the names before it
    ("Kataib Hezbollah and Harakat al-Nujaba, two Iran-backed militias, fired rockets.",
     ("iran", "supports", "harakat_al_nujaba")),
    # an indefinite description set off after a name, coordinated with another, describes the name
    ("Mr Hussein, a Kurd and a senior member of the Kurdistan Democratic Party, also defended the ties.",
     ("hussein", "member_of", "kurdistan_democratic_party")),
    # a person's party named on its noun is led by them, however the NER bounds the name
    ("Shaalan al-Karim, backed by Halbousi's Taqaddum party, won 152 votes.",
     ("mohammed_al_halbousi", "leads", "taqaddum_party")),
    # what a group's approach is of is its own aim
    ("US troops were attacked. Kataib Hezbollah said the attack came in continuation of its approach of resisting "
     "the occupation forces in Iraq.", ("kataib_hezbollah", "opposes", "us_forces")),
    # an office "of" a body run together with the holder's titled name
    ("Secretary-General of Iraq's Harakat al-Nujaba Sheikh Akram al-Kaabi underlined that the resistance will "
     "respond.", ("akram_al_kaabi", "leads", "harakat_al_nujaba")),
    ("Commander of the IRGC's Quds Force Brigadier General Esmail Qaani held a meeting in Baghdad.",
     ("esmail_qaani", "leads", "quds_force")),
    # to answer any aggression threatens its doers
    ("Kaabi underlined that the resistance will respond firmly to any American or Zionist aggression against Iraq.",
     ("kaabi", "threatens", "israel")),
    # (but an office with an article names the body whole, whatever title words its name holds)
    ("In a rare interview, a senior commander of Kataib Sayyid al-Shuhada, Abu Alaa al-Walai, told Al Mayadeen that "
     "the group was ready to resume operations.", ("abu_alaa_al_walai", "member_of", "kataib_sayyid_al_shuhada")),
    # calling a group outlawed charges it
    ("Iraq's National Security Council banned the PKK last month, calling it an outlawed organisation.",
     ("national_security_council", "accuses", "pkk")),
    # one named among the opponents or critics of another opposes it
    ("Harakat al-Nujaba, headed by Akram al-Kaabi, has been among the most vocal opponents of the US presence.",
     ("harakat_al_nujaba", "opposes", "us_forces")),
    # "the umbrella" takes up the group the text described as one
    ("The Islamic Resistance in Iraq emerged in 2023 as a banner under which several armed groups claimed attacks. "
     "Analysts say the umbrella includes Kataib Hezbollah and Harakat al-Nujaba.",
     ("harakat_al_nujaba", "member_of", "islamic_resistance_in_iraq")),
    # "all of which" is each name the relative clause follows
    ("The umbrella includes Kataib Hezbollah, Harakat al-Nujaba and Kataib Sayyid al-Shuhada, all of which are "
     "members of the Popular Mobilization Forces.", ("harakat_al_nujaba", "member_of", "popular_mobilization_forces")),
    # weapons or training received from another are its support
    ("Kataib Hezbollah receives weapons and training from Iran's Islamic Revolutionary Guard Corps.",
     ("irgc", "supports", "kataib_hezbollah")),
    # adjectives coordinated before an object, the second taken for a verb, describe the object
    ("U.S. Central Command forces conducted necessary and proportionate strikes on three facilities used by "
     "Kataib Hezbollah.", ("us_central_command", "attacks", "kataib_hezbollah")),
    # an apposition after a verb's prepositional object, a bracketed short form between, describes the object
    ("He said the dead belonged to the Sinjar Resistance Units (YBS), a Yazidi armed group affiliated with the PKK.",
     ("sinjar_resistance_units", "member_of", "pkk")),
    # "as do X" does the same act
    ("Ankara considers the PKK a terrorist organisation, as do the United States and the European Union.",
     ("united_states", "accuses", "pkk")),
    # a phrase of where set off after the subject places it; a place named again without a word inside its name
    ("The Khor Mor gas field was hit again. The Khor Mor field, in Sulaimani province, supplies gas to power "
     "stations.", ("khor_mor_gas_field", "located_in", "sulaimani_province")),
    # targets in a place in a state are the state's, where no owner is named
    ("The Islamic Resistance in Iraq said it had launched drones at targets in Eilat in southern Israel.",
     ("islamic_resistance_in_iraq", "attacks", "israel")),
    # resistance an actor is told it will face is a threat
    ("Kataib Hezbollah warned that the US would face more resistance if it did not withdraw.",
     ("kataib_hezbollah", "threatens", "united_states")),
    # criticising another's retaliation accuses it
    ("Iraqi officials have criticized the U.S. retaliation as a breach of sovereignty.",
     ("iraq", "accuses", "united_states")),
    # an agenda or scheme named for an actor stands for it
    ("Qais al-Khazali vowed to stand firmly against the American agenda in the region.",
     ("qais_khazali", "opposes", "united_states")),
    # a bank described by its nationality is the bank named before
    ("The US Treasury Department imposed sanctions on Al-Huda Bank, accusing the Iraqi lender of laundering money.",
     ("us_treasury", "accuses", "al_huda_bank")),
    # a passive's subject is the subject of the active verb coordinated with it
    ("Asaib Ahl al-Haq: A splinter of Muqtada al-Sadr's Mahdi Army, the group is headed by Qais al-Khazali and is "
     "close to Iran's Quds Force.", ("asaib_ahl_al_haq", "supports", "quds_force")),
    # a group "called" a name is the group the name names
    ("Rockets struck a base hosting US troops on Saturday. A little-known group called Saraya Awliya al-Dam claimed "
     "responsibility.", ("saraya_awliya_al_dam", "attacks", "us_forces")),
    # those one will consider legitimate targets are threatened, however the parser hangs them
    ('US troops will leave by September. Kataib Hezbollah said it would consider the remaining troops "legitimate '
     'targets" after the deadline.', ("kataib_hezbollah", "threatens", "us_forces")),
    # a committee's lowercase noun in a title is the committee named before
    ("Members of the Iraqi parliament's security and defence committee called for a vote on a draft law, committee "
     "member Ali al-Bandawi told Shafaq News.",
     ("ali_al_bandawi", "official_of", "iraqi_parliament_security_and_defence_committee")),
    # a finite verb the tagger took for a noun before its object still has its subject
    ("Israeli Foreign Minister Gideon Saar said the Iraqi government bore responsibility for all attacks launched "
     "from its soil.", ("gideon_saar", "accuses", "iraqi_government")),
    # naming actors as those who attacked charges them
    ("Israeli Foreign Minister Gideon Saar sent a letter. He named Kataib Hezbollah, Harakat al-Nujaba and the Badr "
     "Organization as groups that had attacked Israel.", ("gideon_saar", "accuses", "harakat_al_nujaba")),
    # "where" after a day is the place before it
    ("Drones targeted Erbil International Airport late on Wednesday, where US troops are stationed.",
     ("us_forces", "deployed_in", "erbil_international_airport")),
    # a name set off after an office "to" a place is the office holder's
    ("Ali al-Sistani made the remarks during a meeting with the UN special envoy to Iraq, Mohammed al-Hassan, his "
     "office said in a statement.", ("ali_al_sistani", "negotiates_with", "mohammed_al_hassan")),
    # a government named with no state is of the state a dateline's capital stands for, where two are named alike
    ("BAGHDAD (Reuters) - Washington urged Iraq to act. Iraq rejected the US demands. Asaib Ahl al-Haq said it "
     "supports the government's efforts.", ("asaib_ahl_al_haq", "supports", "iraqi_government")),
    # the militias a state backs, named by a relative clause, are the collective it backs
    ("US jets struck the militias Tehran supports in Iraq.", ("iran", "supports", "iran_backed_militias")),
    ("US jets struck the militias that Iran backs.", ("us_forces", "attacks", "iran_backed_militias")),
    # the target the parser hangs on the verb right after an act is the act's
    ("Iranian Foreign Ministry spokesman Nasser Kanaani on Saturday strongly condemned the latest U.S. airstrikes on "
     "positions of the Popular Mobilization Forces in western Iraq.",
     ("united_states", "attacks", "popular_mobilization_forces")),
    ("The U.S. has responded with airstrikes on facilities used by the Islamic Revolutionary Guard Corps near Deir "
     "ez-Zor.", ("united_states", "attacks", "irgc")),
    # a relative clause hung on a date is the dated noun's; a bare parliament in a story from Baghdad that names only
    # the Americans is Iraq's
    ("BAGHDAD - The group said the Americans had ignored the parliament's decision of Jan. 5, 2020, which obliges "
     "the government to expel foreign troops.", ("iraqi_parliament", "demands", "iraqi_government")),
    # the deeds one is praised for are the praised one's, and a group's heroes stand for it
    ("The Islamic Resistance in Iraq saluted Ansar Allah for its operations against Israel.",
     ("houthis", "attacks", "israel")),
    ("The Islamic Resistance in Iraq saluted the heroes of Yemen's Ansar Allah for their operations against Israel.",
     ("islamic_resistance_in_iraq", "supports", "houthis")),
    # whoever acts in an interview with an outlet is quoted by it
    ("In an interview with Asharq Al-Awsat, Iraqi Foreign Minister Fuad Hussein discussed the war in the region.",
     ("fuad_hussein", "quoted_by", "asharq_al_awsat")),
    # who backs or votes for an actor's going opposes it
    ("Iraq's parliament voted for the departure of US forces.", ("iraqi_parliament", "opposes", "us_forces")),
    ("Sadr supports the withdrawal of US forces.", ("muqtada_al_sadr", "opposes", "us_forces")),
    # a group's political council or bureau speaks for it
    ("Harakat al-Nujaba said the days were numbered. The movement's political council accused the government of "
     "Mohammed Shia al-Sudani of dragging its feet.", ("harakat_al_nujaba", "accuses", "iraqi_government")),
    # a group's brothers are in it as its fighters are
    ("Akram al-Kaabi thanked the brothers in Kataib Hezbollah and Kataib Sayyid al-Shuhada for their steadfastness.",
     ("akram_al_kaabi", "supports", "kataib_sayyid_al_shuhada")),
    # a description that runs into a group's name is the group
    ("The Islamic Resistance Movement Harakat al-Nujaba said on Sunday that its fighters had targeted US forces.",
     ("harakat_al_nujaba", "attacks", "us_forces")),
    # an attempt to keep an actor somewhere is about that actor
    ("Sudani rejected any attempt to keep U.S. troops in Iraq beyond the agreed timetable.",
     ("mohammed_shia_al_sudani", "opposes", "us_forces")),
    # a finite verb coordinated after a negated one has a polarity of its own
    ("Iraq no longer needed foreign combat forces and rejected any attempt to keep U.S. troops in the country.",
     ("iraq", "opposes", "us_forces")),
    # gatherings or concentrations of a group stand for it
    ("The IRGC said the strike was a response to crimes. It also said it had targeted gatherings of Islamic State in "
     "Syria.", ("irgc", "attacks", "islamic_state")),
    # the dead a group mourns, named, are its men
    ("Two fighters were killed on Sunday. Kataib Hezbollah mourned the two martyrs, named as Hussein Abbas and Ali "
     "Jabbar.", ("ali_jabbar", "member_of", "kataib_hezbollah")),
    # militias a body of the backing state backs are the collective, and the body backs them
    ("The strikes answered attacks against U.S. personnel in Syria by IRGC-backed militia groups.",
     ("irgc", "supports", "iran_backed_militias")),
    ("The strikes answered attacks against U.S. personnel in Syria by IRGC-backed militia groups.",
     ("iran_backed_militias", "attacks", "us_forces")),
    # rejecting an actor's condemnation or accusations opposes the actor
    ("Kataib Hezbollah rejected the Iraqi government's condemnation.",
     ("kataib_hezbollah", "opposes", "iraqi_government")),
    ("Kataib Hezbollah rejected Washington's accusations.", ("kataib_hezbollah", "opposes", "united_states")),
    # what a place an object is in is said to be linked to is the object's
    ("US aircraft struck two facilities in Deir ez-Zor province linked to the Islamic Revolutionary Guard Corps.",
     ("us_forces", "attacks", "irgc")),
    # who frames its own act "in what it said was" a response says so itself
    ("The Islamic Resistance in Iraq said it had attacked the American base with two drones, in what it said was a "
     "response to Israel's aggression on Gaza.", ("islamic_resistance_in_iraq", "accuses", "israel")),
    # a warning that the warner's own state will strike threatens the warned
    ("Israeli Prime Minister Benjamin Netanyahu warned Iran that Israel would strike back.",
     ("benjamin_netanyahu", "threatens", "iran")),
    # one told it will pay for the blood of the dead is threatened
    ("Kataib Hezbollah vowed revenge. \"The Zionist enemy will pay for the blood of our martyrs,\" the group said.",
     ("kataib_hezbollah", "threatens", "israel")),
    # fighting on the side of an actor supports it
    ("Kataib Hezbollah, an Iraqi faction that has fought in Syria on the side of President Bashar al-Assad, vowed "
     "revenge.", ("kataib_hezbollah", "supports", "bashar_al_assad")),
    # factions "in" a group right after a verb's object are its members, wherever the parser hangs the "in"
    ("Kurdish officials have accused Iran-aligned factions in the Popular Mobilization Forces of launching drones.",
     ("iran_backed_militias", "member_of", "popular_mobilization_forces")),
    # a named group between a backer's adjective and the group's noun is named, and backed
    ("The United States carried out air strikes against Iranian-backed Kataib Hezbollah militia in Iraq.",
     ("iran", "supports", "kataib_hezbollah")),
    # an attack on places where a force is said to be is on the force
    ("Iran targeted bases where U.S. troops are stationed.", ("iran", "attacks", "us_forces")),
    # what one was told "before the attack that" it would do is told
    ("Abdul Mahdi said Iran had informed him shortly before the attack that it would target locations where U.S. "
     "troops were present.", ("iran", "threatens", "us_forces")),
    # a person's armed wing is a group the person leads
    ("Saraya al-Salam, Sadr's armed wing, spoke.", ("muqtada_al_sadr", "leads", "saraya_al_salam")),
    # support an actor provides for another is support of it
    ("Iran provided support for the Houthis.", ("iran", "supports", "houthis")),
    # support for "the operation" backs those who carried out the strikes it recalls
    ("The United States and Britain carried out a fresh round of strikes against the Houthis. The Houthis have "
     "fired missiles at ships since November. Canada provided support for the operation, the Pentagon said.",
     ("canada", "supports", "united_states")),
    # a harm told in a relative clause after the place an attack was on is the attack's
    ("Iraq protested a US airstrike on a Popular Mobilization Forces position in Babil province that killed two PMF "
     "members.", ("united_states", "kills", "popular_mobilization_forces")),
    # calling an act an attack on someone accuses whoever did it
    ("The US struck a PMF base. Fayyadh called the strike an attack on the Iraqi state.",
     ("falih_al_fayyadh", "accuses", "united_states")),
    # asking another to hold an actor accountable charges the actor
    ("Sadr urged the government to hold Kataib Hezbollah accountable.",
     ("muqtada_al_sadr", "accuses", "kataib_hezbollah")),
    # the outlet of an interview told before the speaker is the outlet, the speaker its subject
    ("In an interview with The National, Iraq's National Security Adviser Qasim al-Araji said Baghdad would not "
     "allow attacks from its soil.", ("qasim_al_araji", "quoted_by", "national")),
    # a group's first word, in another spelling, names it again
    ("The Islamic Resistance Kata'ib Hizbullah vowed revenge on Monday. The Kataeb's spokesman, Jaafar "
     "al-Husseini, called on the government to act.", ("jaafar_al_husseini", "spokesperson_for", "kataib_hezbollah")),
    # a spokesman opening a sentence speaks for the group the sentence before was about
    ("The State Department designated Harakat Ansar Allah al-Awfiya. The group dismissed the designation. A "
     "spokesman, Ali al-Fatlawi, told Al-Ahed News that it would not deter the resistance.",
     ("ali_al_fatlawi", "spokesperson_for", "harakat_ansar_allah_al_awfiya")),
    # names given as examples after a relative clause on a noun are its examples
    ("The factions that have claimed recent attacks, including Kataib Hezbollah and Harakat al-Nujaba, have rejected "
     "the presence of US troops.", ("kataib_hezbollah", "opposes", "us_forces")),
    # a bare surname two named people share is the one the registry knows
    ("The sanctioned men include Qais al-Khazali and his brother Laith al-Khazali. Khazali accused the United States "
     "of supporting the rioters.", ("qais_khazali", "accuses", "united_states")),
    # a description set off before a pronoun subject describes it, and roles coordinated in it share their group
    ("Akram al-Kaabi is not a man given to compromise. The founder and secretary-general of Harakat al-Nujaba, he "
     "fought the Americans in the 2000s.", ("akram_al_kaabi", "leads", "harakat_al_nujaba")),
    # a bare spokesman's title after a quote speaks for the body the sentence before was about
    ("The US State Department censured the attack. \"We stand with our Kurdish partners,\" spokesman Ned Price said.",
     ("ned_price", "spokesperson_for", "us_state_department")),
    # a state's title ran into a weekday is the state's and its holder's
    ("Speaker Mohammed al-Halbousi received on Sunday US Ambassador to Iraq Matthew Tueller.",
     ("matthew_tueller", "official_of", "united_states")),
    # troops a state has, placed by the participle on them, are its forces there
    ("The United States has about 2,500 troops stationed in Iraq as part of the coalition.",
     ("us_forces", "deployed_in", "iraq")),
    # a tenure's common noun before a titled name modifies it, the state's possessive with it
    ("Iraq's caretaker Prime Minister Adel Abdul Mahdi condemned the US strikes.",
     ("adel_abdul_mahdi", "official_of", "iraq")),
    # a group's description after a relative clause ending in its name describes that group
    ("Iran backs several of the factions. For Prime Minister Mohammed Shia al-Sudani, who came to power with the "
     "backing of the Coordination Framework, a coalition of Shiite parties close to Tehran, the attacks are a dilemma.",
     ("coordination_framework", "supports", "iran")),
    # "it" after the Zionist enemy is the enemy, not the group whose statement it is
    ("The Islamic Resistance in Iraq said it had targeted the US base at al-Tanf. In a statement, the group said the "
     "attack came \"in response to the crimes of the Zionist enemy in Gaza and the American support for it.\"",
     ("united_states", "supports", "israel")),
    # facilities a source says a group uses, struck, strike the group
    ("US forces have responded with strikes on facilities in eastern Syria that the Pentagon said were used by "
     "Iran's Revolutionary Guards.", ("us_forces", "attacks", "irgc")),
    # a warning that a state will not be spared threatens it
    ("Foreign Minister Hossein Amir-Abdollahian warned that the United States would not be spared from this fire if "
     "the war in Gaza continued.", ("hossein_amir_abdollahian", "threatens", "united_states")),
    # a role set off after the last name of a list is that name's
    ("The sanctions target Qais al-Khazali, the leader of Asaib Ahl al-Haq, his brother Laith al-Khazali, and Hussein "
     "Falih al-Lami, the security chief of the Popular Mobilization Forces.",
     ("hussein_falih_al_lami", "member_of", "popular_mobilization_forces")),
    # condemning an attack that killed a named man accuses its doer, and the doer killed him
    ("The Kurdistan Regional Government condemned an Iranian missile attack on Erbil that killed four civilians, "
     "including businessman Peshraw Dizayee.", ("kurdistan_regional_government", "accuses", "iran")),
    ("The Kurdistan Regional Government condemned an Iranian missile attack on Erbil that killed four civilians, "
     "including businessman Peshraw Dizayee.", ("iran", "kills", "peshraw_dizayee")),
    # fighting "for" a span of time is fighting, not fighting on someone's behalf
    ("Turkey has fought the PKK for four decades.", ("turkey", "attacks", "pkk")),
    # a title after a wire's dateline, run into the holder's name, is the holder's
    ("Resistance vows response\n\nTEHRAN (Tasnim) - Secretary-General of Iraq's Harakat al-Nujaba Sheikh Akram "
     "al-Kaabi warned that the Islamic resistance would respond to any American aggression.",
     ("akram_al_kaabi", "threatens", "united_states")),
    ("Resistance vows response\n\nTEHRAN (Tasnim) - Secretary-General of Iraq's Harakat al-Nujaba Sheikh Akram "
     "al-Kaabi warned that the Islamic resistance would respond to any American aggression.",
     ("akram_al_kaabi", "leads", "harakat_al_nujaba")),
    # a registered name inside a longer one, the holder's name run on after it, is no name of its own
    ("The Secretary-General of Kataib Hezbollah Abu Hussein al-Hamidawi said the group would not stop.",
     ("abu_hussein_al_hamidawi", "leads", "kataib_hezbollah")),
    # a name the parser cut at its Arabic article is one name
    ("The call came after deadly clashes in Basra between Saraya al-Salam and Asaib Ahl al-Haq left four people dead.",
     ("saraya_al_salam", "attacks", "asaib_ahl_al_haq")),
    # a name a described man gives himself is his, with the role the description gives
    ("In a rare interview, a senior commander of Kata'ib Sayyid al-Shuhada told The Associated Press that his "
     "fighters would not disarm. \"We will strike them again,\" said the commander, who gave his name as Abu Mustafa "
     "al-Saedi.", ("abu_mustafa_al_saedi", "member_of", "kataib_sayyid_al_shuhada")),
    # examples the parser hung on a man's name are the plural noun's, each one of them
    ("Groups loyal to Iran's Supreme Leader Ali Khamenei, such as Kataib Hezbollah and Harakat al-Nujaba, reject any "
     "move that would weaken them.", ("kataib_hezbollah", "supports", "ali_khamenei")),
    # a subjunctive after "that", tagged a noun, is the verb of the states asked
    ("Tehran has demanded that Baghdad and Erbil disarm and expel the groups.",
     ("iran", "demands", "kurdistan_regional_government")),
    # a lowercase noun of organisations the tagger took for a name still names the party before it
    ("He was backed by the Coordination Framework and by the Sunni Taqaddum party of former speaker Mohammed "
     "al-Halbousi.", ("mohammed_al_halbousi", "leads", "taqaddum_party")),
    # a call received from someone, wherever the parser hangs the "from", is talks with them
    ("Prime Minister Mohammed Shia al-Sudani received a phone call on Tuesday from Iranian President Masoud "
     "Pezeshkian, during which they discussed bilateral relations.",
     ("mohammed_shia_al_sudani", "negotiates_with", "masoud_pezeshkian")),
    # a group calling itself a quoted name is that group, and the attack claimed by it its own
    ("A rocket attack on the base, which hosts coalition forces, was claimed on Thursday by a previously unknown group "
     "calling itself \"Ashab al-Kahf\".", ("ashab_al_kahf", "attacks", "international_coalition")),
    # a name set off after a preposition's object is the apposition of the noun the preposition is on
    ("The Iraqi government condemned the strikes. A spokesman for Prime Minister Mohammed Shia al-Sudani, Basim "
     "al-Awadi, said the attack on Erbil was also unacceptable.",
     ("basim_al_awadi", "spokesperson_for", "mohammed_shia_al_sudani")),
    # fighting on someone's side supports them
    ("Iraqi factions loyal to Iran fought on Assad's side during the civil war.",
     ("iran_backed_militias", "supports", "assad")),
    # a statement an outlet published quotes who announced what it says, an attack included
    ("The Islamic Resistance in Iraq announced on Tuesday that its mujahideen had attacked a target in the occupied "
     "Golan Heights with drones, according to a statement published by Sabereen News.",
     ("islamic_resistance_in_iraq", "quoted_by", "sabereen_news")),
    # what one should do, told, is what the teller asks
    ("The Biden administration is weighing strikes. Senator Lindsey Graham said the administration should \"hit "
     "Iran where it hurts.\"", ("lindsey_graham", "demands", "biden_administration")),
    # claiming "it" owns the act told before
    ("When a drone slammed into Tower 22 in January, killing three American soldiers, the Islamic Resistance in Iraq "
     "was quick to claim it.", ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # a group's factions named by a noun modifier stand for the group
    ("The Kurdish-led Syrian Democratic Forces (SDF) accused Turkish-backed Syrian National Army (SNA) factions on "
     "Sunday of shelling villages near Tal Tamr.", ("syrian_democratic_forces", "accuses", "syrian_national_army")),
    # rejecting "the accusation" opposes who made the accusation told just before
    ("Halbousi accused rivals in the Coordination Framework of using the judiciary. The Framework, an alliance of "
     "Shiite parties, rejected the accusation.", ("coordination_framework", "opposes", "mohammed_al_halbousi")),
    # a name running back through an Arabic article before a registered one is a name of its own
    ("An Iraqi armed faction calling itself the \"Ahrar al-Iraq Brigades\" threatened on Monday to attack Turkish "
     "military bases in northern Iraq.", ("ahrar_al_iraq_brigades", "threatens", "turkish_armed_forces")),
    # a day one blamed someone on is no one blamed
    ("The United States on Tuesday blamed Kataib Hezbollah for a rocket attack on Erbil that killed a foreign "
     "contractor.", ("united_states", "accuses", "kataib_hezbollah")),
    # an unnamed spokesman who speaks speaks for the body named on him
    ("\"We hold Iran responsible for the actions of its proxies,\" a State Department spokesperson said.",
     ("us_state_department", "accuses", "iran")),
    # a second titled name after "and" is the first's conjunct, its body its own
    ("Hezbollah chief Hassan Nasrallah received Hamas deputy leader Saleh al-Arouri and Islamic Jihad "
     "secretary-general Ziad al-Nakhalah, the channel said.", ("ziad_al_nakhalah", "leads", "islamic_jihad")),
    ("Hezbollah chief Hassan Nasrallah received Hamas deputy leader Saleh al-Arouri and Islamic Jihad "
     "secretary-general Ziad al-Nakhalah, the channel said.",
     ("hassan_nasrallah", "negotiates_with", "ziad_al_nakhalah")),
    # the two "between" names are parties, whatever the parser makes of the first
    ("Iraqi Foreign Minister Fuad Hussein said the deal followed months of talks between the Higher Military "
     "Commission and U.S. officials.", ("higher_military_commission", "negotiates_with", "united_states")),
    # leaders of several groups who meet are each group's side
    ("Leaders of Hezbollah, Hamas and Kataib Hezbollah met in Beirut on Wednesday.",
     ("hamas", "negotiates_with", "kataib_hezbollah")),
    # "the man" identified after a killing is the one killed
    ("U.S. special forces killed a senior Islamic State leader in a raid in northern Syria on Tuesday. CENTCOM "
     "identified the man as Maher al-Agal, one of the group's top five leaders.",
     ("us_forces", "kills", "maher_al_agal")),
    # what an act harmed in what a speaker says is the speaker's own
    ("A drone strike on a car in Baghdad killed a commander of Harakat al-Nujaba. The Pentagon said U.S. forces had "
     "carried out the strike. The Popular Mobilization Forces, of which Nujaba is a part, said the strike hit its "
     "logistics headquarters.", ("us_forces", "attacks", "popular_mobilization_forces")),
    # an outlet told something is one, whatever else the NER took it for
    ("Hussein Munis, the head of the Huquq movement, told The New Arab that the law was a U.S. plot.",
     ("hussein_munis", "quoted_by", "new_arab")),
    # a description takes up the group its paragraph tells of, not an earlier reading of the same noun
    ("Asaib Ahl al-Haq, headed by Qais al-Khazali, broke away from the Mahdi Army in 2006. The group has a bloc in "
     "parliament and is part of the Coordination Framework. Kataib Hezbollah is the most secretive. Its founder, Abu "
     "Mahdi al-Muhandis, was deputy head of the PMF until he was killed. The United States designated the group a "
     "terrorist organization in 2009.", ("united_states", "accuses", "kataib_hezbollah")),
    # a warning that the warner's own state will answer threatens the one warned, the state named by the warner's body
    ("The commander of the Islamic Revolution Guards Corps, Major General Hossein Salami, warned the United States and "
     "the Zionist regime on Thursday that Iran would respond decisively to any aggression against its territory.",
     ("hossein_salami", "threatens", "israel")),
    # a group that claims both attacks told before owns them
    ("Oct 17: Drones target US forces at Ain al-Asad air base in western Iraq; a second drone attack targets the Harir "
     "base in Iraqi Kurdistan. The Islamic Resistance in Iraq claims both.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # an assault in words is censure
    ("Khazali attacked the Sadrists in a televised speech, accusing them of treason.",
     ("khazali", "accuses", "sadrist_movement")),
    # "our forces" said by an official are his state's armed force
    ("U.S. forces remain in Iraq. \"Iran-aligned groups have attacked our forces more than 160 times since October,\" "
     "Pentagon spokesman Pat Ryder said.", ("iran_backed_militias", "attacks", "us_forces")),
    # a briefing's transcript marks each answer with its speaker's name
    ("WASHINGTON - Pentagon Press Secretary Maj. Gen. Pat Ryder briefed reporters on Tuesday. U.S. forces struck a "
     "Kataib Hezbollah commander in Baghdad.\n\nQ: Has Kataib Hezbollah stopped its attacks?\n\nGEN. RYDER: They "
     "announced that. Iran-aligned groups have attacked our forces more than 160 times since October.",
     ("iran_backed_militias", "attacks", "us_forces")),
    # an office before a rank is the name's title
    ("Pentagon Press Secretary Maj. Gen. Pat Ryder briefed reporters on Tuesday.",
     ("pat_ryder", "spokesperson_for", "us_department_of_defense")),
    # one known by another's post is not that other
    ("The Sadrist movement's Saleh Mohammed al-Iraqi, known as Sadr's minister, criticised the factions.",
     ("saleh_mohammed_al_iraqi", "member_of", "sadrist_movement")),
    # a target in a place noun a state's adjective names is in that state
    ("The Islamic Resistance in Iraq said its fighters had struck a vital target in the Israeli port of Haifa.",
     ("islamic_resistance_in_iraq", "attacks", "israel")),
    # a second subject after "and" is the first's conjunct, and "they" takes up both
    ("The Islamic Resistance in Iraq and Yemen's Armed Forces said they had carried out a joint operation targeting "
     "a vital target in the Israeli port of Haifa with drones.", ("islamic_resistance_in_iraq", "attacks", "israel")),
    # a state's possessive before a body's name is the state's adjective in it
    ("The Islamic Resistance in Iraq and Yemen's Armed Forces said they had carried out a joint operation targeting "
     "a vital target in the Israeli port of Haifa with drones.", ("yemeni_armed_forces", "attacks", "israel")),
    # time spent doing something is its subject's doing
    ("Iraqi Prime Minister Mohammed Shia al-Sudani has spent much of the past year negotiating with Washington over "
     "the future of the US-led coalition.", ("mohammed_shia_al_sudani", "negotiates_with", "united_states")),
    # a post held at an institution the NER took for a building
    ("\"He is trying to please everyone,\" said Renad Mansour, a senior research fellow at Chatham House.",
     ("renad_mansour", "member_of", "chatham_house")),
    # the noun heading a force's name, alone and capitalised, names the force again
    ("Iran's Revolutionary Guard launched missiles at the bases. The Guard's ground forces said they had targeted "
     "the headquarters of the Kurdistan Democratic Party of Iran near Koya.",
     ("irgc", "attacks", "kurdistan_democratic_party_of_iran")),
    # a second role after "and" with its own owner is the person's too
    ("Ahmed al-Sharaa, the leader of Hayat Tahrir al-Sham and Syria's interim president, has accused Iran of "
     "spreading chaos in the region.", ("ahmed_al_sharaa", "official_of", "syria")),
    # an act "in a move" someone condemned is theirs to condemn
    ("Iran launched missiles at the Al Udeid air base in Qatar on Monday, in a move Qatar condemned as a violation of "
     "its sovereignty.", ("qatar", "accuses", "iran")),
    # strikes on a state's civil sites strike the state, not its armed force
    ("The Islamic Revolutionary Guard Corps said it would respond. The United States struck Iran's nuclear facilities "
     "on Sunday.", ("united_states", "attacks", "iran")),
    # supply lines of a force are the force's
    ("Kataib Hezbollah said it had targeted the supply lines of the American occupier.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # "the Israeli entity" is Israel
    ("Seven fighters were killed in an airstrike on their positions near the Syrian border, which the PMF blamed on "
     "the Israeli entity.", ("popular_mobilization_forces", "accuses", "israel")),
    # a standing the parser read as an adverb of a linking verb
    ("Harakat al-Nujaba continued to threaten American forces. Its leader, Akram al-Kaabi, has grown closer to the "
     "Houthis.", ("akram_al_kaabi", "supports", "houthis")),
    # an interview whose questions are marked with the outlet's name and answers with the speaker's
    ("Rudaw English sat down with Falih al-Fayyadh, chairman of the Popular Mobilization Commission, in Baghdad."
     "\n\nRudaw: The Americans say the Hashd is controlled by Iran. How do you respond?\n\nFayyadh: This is a lie. "
     "We fought Daesh when the Americans left us alone. Iran helped us then, and we are grateful.",
     ("iran", "supports", "falih_al_fayyadh")),
    # the lives of a people are theirs
    ("\"Iran's proxies in Iraq continue to threaten the lives of Americans,\" the Treasury official said.",
     ("iran_backed_militias", "threatens", "united_states")),
    # whom a description set before a pronoun names is not the pronoun
    ("Qais al-Khazali was once one of the most wanted men in Iraq. A former aide to Muqtada al-Sadr, he broke with "
     "the cleric in 2004. Today he leads the Sadiqoun bloc in parliament.", ("qais_khazali", "leads", "sadiqoun_bloc")),
    # a capital a phrasal verb of demand is addressed to stands for its state
    ("Baghdad appealed to Ankara to stop its operations.", ("iraq", "demands", "turkey")),
    # a swipe at someone is censure
    ("In a swipe at Iran, Sadr said no foreign state should interfere.", ("muqtada_al_sadr", "accuses", "iran")),
    # downing a force's own aircraft attacks the force
    ("Kataib Hezbollah said it had shot down a US MQ-9 Reaper drone over Diyala.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # a state's artillery is its armed force
    ("Turkish artillery shelled PKK positions in the Qandil mountains.", ("turkish_armed_forces", "attacks", "pkk")),
    # a participle on a subject is out of the scope of the sentence's negation
    ("Coalition forces based in Erbil were not hurt in the attack.",
     ("international_coalition", "deployed_in", "erbil")),
    # a name set off after a verb's object is the object's apposition, and holds its office
    ("Sudani sent the head of the Iraqi intelligence service, Hamid al-Shatri, to meet Sharaa in January.",
     ("hamid_al_shatri", "leads", "iraqi_intelligence_service")),
    # the government in a capital is its state's
    ("Nujaba's leader, Akram al-Kaabi, accused the new government in Damascus of being a tool of Israel.",
     ("akram_al_kaabi", "accuses", "syrian_government")),
    ("The Americans criticised the government in Tehran.", ("united_states", "accuses", "iranian_government")),
    # a state that keeps troops somewhere, in a relative clause, has its force there
    ("The United States, which keeps about 900 troops in northeast Syria, has warned the factions.",
     ("us_forces", "deployed_in", "syria")),
    # a decision refers back to a ruling; a state's top court is its supreme court
    ("Iraq's Federal Supreme Court on Tuesday ruled that the law was unconstitutional. The ruling was welcomed by the "
     "oil ministry in Baghdad. The KRG rejected the decision, calling it unjust.",
     ("kurdistan_regional_government", "opposes", "federal_supreme_court")),
    ("Iraq's top court ordered the Kurdistan Regional Government to hand over its oil.",
     ("federal_supreme_court", "demands", "kurdistan_regional_government")),
    # a member of a group listed after fighters of another is one of the dead too
    ("Israeli missiles struck positions near the airport, killing four fighters of an Iraqi militia and a member of "
     "Lebanon's Hezbollah.", ("israel", "kills", "hezbollah")),
    # a force named by a common noun stays where it remains
    ("The US embassy said that the coalition remained in Iraq at the request of the Iraqi government.",
     ("international_coalition", "deployed_in", "iraq")),
    # what an attacker says its targets were is what it attacked
    ("Israel has carried out hundreds of strikes in Syria against what it says are Iranian targets.",
     ("israel", "attacks", "iran")),
    ("Israel struck what it said were Hezbollah sites.", ("israel", "attacks", "hezbollah")),
    # a description set off after the last of two sides describes that one
    ("Clashes broke out on Sunday between the Iraqi army and the Sinjar Resistance Units (YBS), a Yazidi armed group "
     "affiliated with the PKK, leaving three soldiers dead, security sources told Rudaw.",
     ("sinjar_resistance_units", "member_of", "pkk")),
    # remarks taken up are their speaker's
    ("Qais al-Khazali accused the KDP of trying to seize Kirkuk. The KDP's spokesman, Mahmoud Mohammed, rejected the "
     "remarks.", ("mahmoud_mohammed", "opposes", "qais_khazali")),
    # those a weapon hurt where the parser hangs the place on them were there
    ("Kataib Hezbollah drone wounds three US service members at Erbil air base.",
     ("us_forces", "deployed_in", "erbil")),
    # "our leaders", said by a group's spokesman, are the group's men
    ("Hussein al-Mousawi, the spokesman of Harakat al-Nujaba, said: \"The Americans killed our leaders at Baghdad "
     "airport.\"", ("united_states", "kills", "harakat_al_nujaba")),
    # a vote taken up is the voters'
    ("Iraq's parliament on Thursday passed a law that criminalises normalisation with Israel. Sadr hailed the vote as "
     "a great achievement.", ("muqtada_al_sadr", "supports", "iraqi_parliament")),
    # an attempt opposed is the one's who makes it
    ("The PMF vowed to resist any American attempt to dissolve it.",
     ("popular_mobilization_forces", "opposes", "united_states")),
    # taking aim at someone is censure
    ("The Sadrist bloc took aim at the Coordination Framework over the budget.",
     ("sadrist_movement", "accuses", "coordination_framework")),
    # names set off before a description of them all are what it describes
    ("The Badr Organization and Asaib Ahl al-Haq, both members of the Fatah Alliance, backed Sudani.",
     ("asaib_ahl_al_haq", "member_of", "fatah_alliance")),
    # an act in the subjunctive after a word of insisting is asked for
    ("The Coordination Framework insisted that Sudani announce a date for the coalition's departure.",
     ("coordination_framework", "demands", "mohammed_shia_al_sudani")),
    # a name with a nickname in quotes is the man the news calls by the nickname, whoever identified him
    ("A U.S. drone strike killed a commander of Kataib Hezbollah. The commander was identified by two Iraqi security "
     "sources as Wissam Mohammed \"Abu Baqir\" al-Saadi.", ("united_states", "kills", "abu_baqir_al_saadi")),
    ("A U.S. drone strike killed a commander of Kataib Hezbollah. The commander was identified by two Iraqi security "
     "sources as Abu Baqir al-Saadi.", ("united_states", "kills", "abu_baqir_al_saadi")),
    # a state's military spokesman speaks for its armed forces
    ("Iraq's military spokesman, Major General Yahya Rasool, said the strike was a blatant assassination.",
     ("yahya_rasool", "spokesperson_for", "iraqi_security_forces")),
    # an act blamed "on" someone, after the place it was on
    ("Washington has blamed previous attacks on the base on Iran-backed militias, including Kataib Hezbollah.",
     ("united_states", "accuses", "kataib_hezbollah")),
    # warned against doing what is no harm, one is told not to
    ("Abu Alaa al-Walaei warned the Iraqi government against renewing the security agreement with Washington.",
     ("abu_alaa_al_walai", "demands", "iraqi_government")),
    ("The United States has warned Kataib Hezbollah against attacking its forces.",
     ("united_states", "threatens", "kataib_hezbollah")),
    # a surname spelt otherwise is the man named before
    ("The secretary general of Kataib Sayyid al-Shuhada, Abu Alaa al-Walaei, spoke. In an interview with Tasnim, "
     "al-Walaei praised Iran.", ("abu_alaa_al_walai", "supports", "iran")),
    # adverbs between a verb and its particle leave it phrasal
    ("Qais al-Khazali promised to stand firmly against the Americans.", ("qais_khazali", "opposes", "united_states")),
    # a denial set against the sentence's claim vetoes nothing the sentence tells
    ("Iran has supplied the Houthis with missiles and drones, according to U.N. experts, though Tehran denies arming "
     "the group.", ("iran", "supports", "houthis")),
    # a headline's group leader is the secretary-general the story names
    ("Badr leader warns Turkey over water\n\nBAGHDAD - Hadi al-Amiri, the secretary-general of the Badr Organization, "
     "on Saturday accused Turkey of using water as a weapon.", ("hadi_al_amiri", "threatens", "turkey")),
    # names in a list with a bracketed short form between them are one list
    ("Iran's Islamic Revolutionary Guard Corps (IRGC) has repeatedly struck positions of the Kurdistan Democratic "
     "Party of Iran (KDPI) and Komala in the Kurdistan Region, accusing them of smuggling weapons into Iran.",
     ("irgc", "accuses", "komala")),
    # a group's description after a person's role ending in its name is the group's, not the person's
    ("The SDF identified one of the dead as Rojhat Ahmed, a senior officer in the People's Protection Units, or YPG, "
     "the Kurdish militia that forms the backbone of the SDF.", ("ypg", "member_of", "syrian_democratic_forces")),
    # a dateline of an outlet alone in brackets is no subject of the sentence
    ("(Al-Ahed News) - Harakat al-Nujaba on Thursday vowed to continue its operations against the American "
     "occupation.", ("harakat_al_nujaba", "threatens", "us_forces")),
    # a call taken up is whoever ordered or asked for it
    ("Moqtada al-Sadr on Tuesday ordered his supporters to leave the Green Zone within an hour. Caretaker Prime "
     "Minister Mustafa al-Kadhimi welcomed the call.", ("mustafa_al_kadhimi", "supports", "muqtada_al_sadr")),
    # the name after a fronted phrase is the subject, not the dateline's outlet before it
    ("(Al Mayadeen) - In an interview with Al Mayadeen, Abu Fadak al-Mohammedawi, the chief of staff of the Popular "
     "Mobilization Forces, said the Hashd would never be dissolved and accused Washington of plotting to weaken Iraq.",
     ("abu_fadak_al_muhammadawi", "accuses", "united_states")),
    # a group described after the clause a verb reports is the clause's last name
    ("Iran's Revolutionary Guards have repeatedly targeted the area, saying it shelters fighters of the Kurdistan Free "
     "Life Party, or PJAK, an Iranian Kurdish armed group that Tehran accuses of attacks inside Iran.",
     ("iran", "accuses", "pjak")),
    # responsibility claimed for an act is the claimant's act
    ("The Islamic State group claimed responsibility for killing four Iraqi soldiers in Kirkuk.",
     ("islamic_state", "kills", "iraqi_security_forces")),
    # "shot dead" kills, active or passive
    ("ISIS gunmen shot dead Abu Taqwa al-Saidi in Diyala.", ("islamic_state", "kills", "abu_taqwa_al_saidi")),
    ("Abu Taqwa al-Saidi was shot dead by ISIS gunmen at a checkpoint.",
     ("islamic_state", "kills", "abu_taqwa_al_saidi")),
    # the return of a force is the force's
    ("Asaib Ahl al-Haq has opposed any return of American troops.", ("asaib_ahl_al_haq", "opposes", "us_forces")),
    # a participle of harm after a fronted report's speaker is the reported act's
    ("Fighters of the PKK attacked a Turkish military base near Amedi on Wednesday night, Turkey's defense ministry "
     "said, killing two Turkish soldiers.", ("pkk", "kills", "turkish_armed_forces")),
    # a town struck is no actor; the state its noun is named for is
    ("Islamic Resistance in Iraq claims drone attack on Israeli port of Eilat\n\nThe group said its fighters had "
     "used drones.", ("islamic_resistance_in_iraq", "attacks", "israel")),
    ("Hezbollah fired rockets at the Israeli town of Metula.", ("hezbollah", "attacks", "israel")),
    # an actor's use or treatment of something stands for the actor
    ("Human Rights Watch has criticized Iraq's use of the death penalty.", ("human_rights_watch", "accuses", "iraq")),
    # a penalty a warning says an act could bring is a threat to the one warned
    ("The U.S. State Department has warned Iraqi leaders that passing the law could trigger sanctions.",
     ("us_state_department", "threatens", "iraq")),
    # "his government", said by a head of government the text titles with a state, is that state's government
    ("Syria's interim President Ahmed al-Sharaa met tribal leaders on Sunday. Al-Sharaa said his government would not "
     "allow Hezbollah to return to the country.", ("syrian_government", "opposes", "hezbollah")),
    # an interview's answer labelled with the interviewee's full name is his word to the end of its paragraph
    ("Al-Monitor: Will your group respond to the strikes?\n\nQais al-Khazali: We are not part of this war. The "
     "government is responsible for protecting Iraq, and we support Prime Minister Sudani in that.",
     ("qais_khazali", "supports", "mohammed_shia_al_sudani")),
    # a title before the second of two names is the second name's
    ("The meeting was attended by Peshmerga Minister Shorsh Ismail and Iraqi Defense Minister Thabet al-Abbasi.",
     ("thabet_al_abbasi", "official_of", "iraq")),
    # a bare "the government" after a head of government named is his government
    ("Prime Minister Mohammed Shia al-Sudani has courted American investment while his partners answer to Tehran. "
     "Iran has pressed its allies to avoid escalation, and Tehran is wary. Washington has made clear it holds the "
     "government responsible for the factions.", ("united_states", "accuses", "iraqi_government")),
    # an umbrella of groups backed by a state is backed by it
    ("The Syrian National Army, an umbrella of Turkish-backed rebel groups, said it had repelled an SDF attack.",
     ("turkey", "supports", "syrian_national_army")),
    # a name run on from the dateline is the subject, not the dateline's city
    ("BAGHDAD (INA) – Parliament Speaker Mahmoud al-Mashhadani on Saturday condemned Zionist threats against Iraq.",
     ("mahmoud_al_mashhadani", "accuses", "israel")),
    # a fault word of endangering
    ("Yehia Rasool said the U.S.-led coalition had endangered Iraq's security.",
     ("yahya_rasool", "accuses", "international_coalition")),
    # a dateline's region the parser coordinated with its city places the city
    ("ERBIL, Kurdistan Region – Shorsh Ismail, the Kurdistan Region's Minister of Peshmerga Affairs, spoke to "
     "Kurdistan24 about relations with Baghdad.", ("erbil", "located_in", "kurdistan_region")),
    ("Hezbollah's Radwan Force commander Ibrahim Aqil was killed.", ("ibrahim_aqil", "member_of", "hezbollah")),
    # names "among them" after a plural noun are those it counts
    ("The PMF comprises dozens of factions, among them Kataib Hezbollah, Badr and Asaib Ahl al-Haq.",
     ("asaib_ahl_al_haq", "member_of", "popular_mobilization_forces")),
    # whatever one does under a group's command, one is in it
    ("The Fatemiyoun Brigade fights under the command of the IRGC's Quds Force.",
     ("fatemiyoun_brigade", "member_of", "quds_force")),
    # an indefinite counted noun introduces the list of as many the next sentences name
    ("Iraq's prime minister condemned Washington's decision to blacklist three Iran-backed paramilitary commanders. "
     "The U.S. Treasury sanctioned Qais al-Khazali, Laith al-Khazali and Husayn Falih al-Lami.",
     ("united_states", "accuses", "laith_al_khazali")),
    # a "who" clause set off right after a name is that name's
    ("The U.S. Treasury on Dec. 6 sanctioned Qais al-Khazali, the leader of Asa'ib Ahl al-Haq (AAH), his brother Laith "
     "al-Khazali, a senior AAH commander, and Husayn Falih al-Lami, who runs security for the PMF.",
     ("husayn_falih_al_lami", "member_of", "popular_mobilization_forces")),
    # a right reserved to an act on a condition threatens the actor of the condition
    ("Kataib Hezbollah said the timeline was too long and that it reserved the right to resume attacks if U.S. forces "
     "did not leave.", ("kataib_hezbollah", "threatens", "us_forces")),
    # a coalition led by the US, with a word between, is the coalition
    ("The United States and Iraq announced that the U.S.-led military coalition fighting Islamic State would end its "
     "mission.", ("united_states", "leads", "international_coalition")),
    # a name a "whom" clause follows is whom it tells of, not the subject of the copula before
    ("The PMF's chairman is Faleh al-Fayyadh, whom the U.S. Treasury sanctioned in 2021 for his role in the killing "
     "of protesters.", ("us_treasury", "accuses", "falih_al_fayyadh")),
    # examples set off after a subject are the subject's
    ("Dozens of armed groups joined. Some, like the Badr Organization, had fought U.S. troops after the 2003 "
     "invasion.", ("badr_organization", "attacks", "us_forces")),
    # a verb of placing puts its object in the standing
    ("That has put Kadhimi at odds with the Iran-backed factions.",
     ("mustafa_al_kadhimi", "opposes", "iran_backed_militias")),
    # a decision taken up is whoever designated
    ("The State Department on Wednesday designated Kataib Sayyid al-Shuhada as a terrorist organization. Abu Alaa "
     "al-Walai shrugged off the decision.", ("abu_alaa_al_walai", "opposes", "us_state_department")),
    # troops kept at bases in places are in the places, each of those listed before a plural place noun
    ("The U.S. military maintains about 900 troops in northeastern Syria, mostly at bases in Hasakah and Deir ez-Zor "
     "provinces.", ("us_forces", "deployed_in", "al_hasakah")),
    # an end called for to an actor's acts is asked of the actor
    ("Kurdistan Region President Nechirvan Barzani called for an end to cross-border shelling by the Revolutionary "
     "Guards.", ("nechirvan_barzani", "demands", "irgc")),
    # readiness to fight on a condition threatens the actor of the condition
    ("In Baghdad, Harakat al-Nujaba leader Akram al-Kaabi said his fighters were ready to fight alongside Hezbollah if "
     "Israel launched a full-scale war on Lebanon.", ("akram_al_kaabi", "threatens", "israel")),
    # a warship's prefix names its navy's force, which an attack on the ship is on
    ("Yemen's Houthis fired missiles at the USS Carney in the Red Sea.", ("houthis", "attacks", "us_forces")),
    ("Yemen's Houthis claimed a missile attack on the USS Eisenhower aircraft carrier.",
     ("houthis", "attacks", "us_forces")),
    # a group's men named by a capitalised noun of men are the group's, no group of their own
    ("Continuing our approach in resisting the occupation, the Mujahideen of the Islamic Resistance in Iraq attacked, "
     "at dawn today, a vital target in Israel with drones.", ("islamic_resistance_in_iraq", "attacks", "israel")),
    # "the American administration" is the United States
    ("The Islamic Resistance in Iraq holds the American administration responsible for the crimes of the entity it "
     "protects.", ("islamic_resistance_in_iraq", "accuses", "united_states")),
    # an attack an agent is later told to have made on the target of one told with none is that one
    ("A one-way attack drone struck Ain al-Asad air base in western Iraq on Tuesday. The Islamic Resistance in Iraq "
     "later said it had targeted the base. Iraq's government condemned the attack.",
     ("iraqi_government", "accuses", "islamic_resistance_in_iraq")),
    # those counted as an act's victims are none of those who did it
    ("An Iraqi court investigated the killing of Iranian general Qassem Soleimani and Iraqi militia leader Abu Mahdi "
     "al-Muhandis. Trump ordered the drone strike that killed the two men near Baghdad airport.",
     ("donald_trump", "kills", "qasem_soleimani")),
    # an answer said to come is against whom the speaker blamed for the attack
    ("Several U.S. personnel were injured when a drone struck Ain al-Asad air base, Pentagon spokesman Pat Ryder said. "
     "Ryder said the attack bore the hallmarks of Iran-backed militias. \"We will respond at a time and place of our "
     "choosing,\" he said.", ("pat_ryder", "threatens", "iran_backed_militias")),
    # any thing a group uses is its own for an attack on it
    ("An Israeli air strike killed two men on Tuesday. The strike hit a farm used by Kataib Hezbollah.",
     ("israel", "attacks", "kataib_hezbollah")),
    # one of the bloc named for a group is one of the group
    ("MP Mukhtar al-Moussawi of the Badr bloc told Shafaq News that the strike was a flagrant violation.",
     ("mukhtar_al_moussawi", "member_of", "badr_organization")),
    # a surname with a nisba is the man named before, no place it sounds like
    ("The head of Harakat al-Nujaba's political council, Ali al-Asadi, spoke on Sunday. Speaking to Al-Mayadeen, "
     "al-Asadi accused the U.S. embassy of interfering in Iraq's internal affairs.",
     ("ali_al_asadi", "accuses", "united_states")),
    # a denial quoted is quoted all the same
    ("Kataib Hezbollah denied involvement, according to a statement carried by Sabereen News.",
     ("kataib_hezbollah", "quoted_by", "sabereen_news")),
    # who airs an interview is an outlet
    ("Faleh al-Fayyadh said in an interview aired by Al-Iraqiya that the PMF was a state institution.",
     ("falih_al_fayyadh", "quoted_by", "al_iraqiya")),
    # a clause of "as long as" tells its own state of things, which the main clause's "not" does not deny
    ("The resistance would not hand over its weapons as long as American troops remained in Iraq.",
     ("us_forces", "deployed_in", "iraq")),
    # a "whose" noun set off by commas is the subject of the clause it opens
    ("Kataib Hezbollah, whose founder, Abu Mahdi al-Muhandis, served as the PMF's deputy chairman, is powerful.",
     ("abu_mahdi_al_muhandis", "member_of", "popular_mobilization_forces")),
    # a town the NER took for a thing is a place, in the province after it
    ("Defense Secretary Lloyd Austin said the strikes, near the town of Mayadeen in Deir el-Zour province, were "
     "precise.", ("mayadeen", "located_in", "deir_ez_zor")),
    # a state's administrations are the state
    ("Successive U.S. administrations have blamed Iran for arming and funding these groups.",
     ("united_states", "accuses", "iran")),
    # an actor's right stands for it
    ("Tehran backed Baghdad's legitimate right to decide on the presence of foreign troops.",
     ("iran", "supports", "iraq")),
    # names coordinated in a modifier of military men are each theirs
    ("Israel has targeted Iranian and Hezbollah personnel in Syria for years.", ("israel", "attacks", "hezbollah")),
    # a name a noun of outlets introduces is an outlet
    ("Army spokesman Col. Mustafa al-Hiyari said in a statement carried by the state news agency Petra that the drones "
     "were downed.", ("mustafa_al_hiyari", "quoted_by", "petra")),
    # a name after a role, which the parser coordinated with it, holds the role
    ("BAGHDAD (INA) - Speaker of the Council of Representatives Mahmoud al-Mashhadani received on Monday the U.S. "
     "ambassador to Iraq, Alina Romanowski, and discussed with her the timetable for the withdrawal of the "
     "international coalition's forces.",
     ("mahmoud_al_mashhadani", "leads", "iraqi_parliament")),
    # whom a verb takes after the day it was done on is its object
    ("BAGHDAD (INA) - Speaker of the Council of Representatives Mahmoud al-Mashhadani received on Monday the U.S. "
     "ambassador to Iraq, Alina Romanowski, and discussed with her the timetable for the withdrawal of the "
     "international coalition's forces.",
     ("mahmoud_al_mashhadani", "negotiates_with", "alina_romanowski")),
    # whose hideouts an act named by a noun is against is no one on the side that acts
    ("The Islamic State still carries out sporadic attacks in Diyala. Iraqi forces backed by coalition aircraft have "
     "launched repeated operations against its hideouts in the Hamrin mountains.",
     ("iraqi_security_forces", "attacks", "islamic_state")),
    # a named leader's group is the group named before
    ("Asaib Ahl al-Haq won 16 seats. Its leader, Qais al-Khazali, praised the result. Khazali, whose group was "
     "designated a terrorist organization by the United States in 2020, called on other parties to unite.",
     ("united_states", "accuses", "asaib_ahl_al_haq")),
    # an answer promised beside a blame for a harm, in one quotation, is against whom it blames
    ('"We hold Iran responsible for these attacks, and we will respond at a time and place of our choosing," Pat '
     "Ryder said.", ("pat_ryder", "threatens", "iran")),
    # the target the parser hangs on the noun an act's preposition hangs on is the act's
    ("The Houthis fired a missile at the destroyer, in what they called a response to American and British strikes "
     "on Yemen.", ("united_kingdom", "attacks", "yemen")),
    # a role after a name and its acronym in brackets, past a dateline, is the name's
    ("ERBIL, Iraq (Kurdistan24) - Kurdistan Democratic Party (KDP) leader Masoud Barzani on Wednesday called on the "
     "federal government in Baghdad to act.", ("masoud_barzani", "leads", "kurdistan_democratic_party")),
    # who designates is no armed group the sentence before reported on
    ("Treasury said Kataib Hezbollah's Abu Fatima al-Khafaji had overseen the group's drone program. It also "
     "designated Fly Baghdad, accusing the carrier of transporting IRGC personnel.",
     ("us_treasury", "accuses", "fly_baghdad")),
    # a particle set after the object makes the verb phrasal, its object the verb's
    ("Iraqi forces drove ISIS out of Mosul in 2017.", ("iraqi_security_forces", "attacks", "islamic_state")),
    # the Kurdistan Region's security police are a force, which "it" takes up
    ("SULAIMANI, Kurdistan Region (Rudaw) - The Asayish said the suspects had links to the Kurdistan Workers' Party "
     "(PKK), which it accused of planning the killing.", ("asayish", "accuses", "pkk")),
    # an act's noun the tagger took for a verb before the site it names is the site's modifier
    ("The Israeli military said most of the rockets were intercepted and that its jets struck Hezbollah launch sites "
     "in response.", ("israel_defense_forces", "attacks", "hezbollah")),
    # a state named as where something is owns no commanders ("one of its senior commanders" is the group's)
    ("BEIRUT (AP) - Lebanon's Hezbollah fired dozens of rockets at military positions in northern Israel on Wednesday, "
     "a day after an Israeli strike in southern Lebanon killed one of its senior commanders, Taleb Abdallah.",
     ("taleb_abdallah", "member_of", "hezbollah")),
    # "the X district of Y Street": the street is in X
    ("Abu Taqwa was killed when a drone hit his vehicle in the eastern Baghdad district of Palestine Street.",
     ("palestine_street", "located_in", "baghdad")),
    # sides a subject coordinates, which exchanged fire, each attacked the other
    ("Iraqi army troops and fighters of the Sinjar Resistance Units exchanged fire in the town of Sinjar on Sunday.",
     ("sinjar_resistance_units", "attacks", "iraqi_security_forces")),
    # a perfect coordinated after a reported clause goes with the perfect that reports it
    ("Iraqi Prime Minister Mohammed Shia al-Sudani has said Iraq cannot stop buying Iranian gas without alternatives "
     "and has asked Washington for more time.",
     ("mohammed_shia_al_sudani", "demands", "united_states")),
    # Iraq's armed factions, unnamed, are the collective the guidelines name
    ("The Iraqi armed factions had spent a year firing drones at Israel and at U.S. bases.",
     ("iran_backed_militias", "attacks", "israel")),
    # a campaign led under a group's banner makes its leader one of the group
    ("Kataib Hezbollah, which had led the campaign of attacks under the banner of the Islamic Resistance in Iraq, "
     "announced a halt.", ("kataib_hezbollah", "member_of", "islamic_resistance_in_iraq")),
    # held answerable, to come, for harm that may come, is threatened
    ("Washington would hold Kataib Hezbollah responsible for any attack launched from Iraqi soil.",
     ("united_states", "threatens", "kataib_hezbollah")),
    # a summons coordinated after a reported clause is the speaker's
    ("Sweden's foreign minister, Tobias Billstrom, said the storming was unacceptable and summoned Iraq's charge "
     "d'affaires in Stockholm.", ("tobias_billstrom", "accuses", "iraq")),
    # one no longer needed is opposed
    ("Sudani said Iraq no longer needed the coalition.", ("iraq", "opposes", "international_coalition")),
    # an attack on a town is still its agent's, for a death "in the attack" later
    ("Iran's Revolutionary Guards struck Erbil with missiles. Peshraw Dizayee was killed in the attack.",
     ("irgc", "kills", "peshraw_dizayee")),
    # whom one tells to do something is asked, no outlet told
    ("Sadr told the Coordination Framework to form a government without the militias.",
     ("muqtada_al_sadr", "demands", "coordination_framework")),
    # a role the parser made a second subject is its holder's title
    ("Popular Mobilization Forces chief of staff Abu Fadak al-Mohammadawi accused the United States of seeking to "
     "weaken it.",
     ("abu_fadak_al_muhammadawi", "member_of", "popular_mobilization_forces")),
    # a call coordinated after a relative clause on an act is the condemner's, not the act's agent's
    ("The Kurdistan Regional Government on Tuesday condemned an Iranian missile attack on Erbil that killed a "
     "prominent Kurdish businessman and members of his family, and called on the federal government in Baghdad to "
     "take a firm stance.",
     ("kurdistan_regional_government", "demands", "iraqi_government")),
    # an act condemned stands for its agent, wherever the parser hangs the "by", and armed men for their group
    ("Sistani criticized the storming of the U.S. Embassy by Kataib Hezbollah.",
     ("ali_al_sistani", "accuses", "kataib_hezbollah")),
    ("Sistani condemned the storming by Kataib Hezbollah of the embassy.",
     ("ali_al_sistani", "accuses", "kataib_hezbollah")),
    ("Sistani condemned the attack on the embassy by fighters of Kataib Hezbollah.",
     ("ali_al_sistani", "accuses", "kataib_hezbollah")),
    # a name set off after a role, which the NER missed, is the person who holds it
    ("Syria's interim President Ahmed al-Sharaa and the commander of the Kurdish-led Syrian Democratic Forces, "
     "Mazloum Abdi, signed an agreement on Monday.",
     ("mazloum_abdi", "leads", "syrian_democratic_forces")),
    # a post "in" a place run together with its holder's name: the holder meets, not the state
    ("U.S. Consul General in Erbil Mark Stroh met PUK leader Bafel Talabani in Sulaimani on Sunday.",
     ("mark_stroh", "negotiates_with", "bafel_talabani")),
    # a protest the parser hangs on a noun of the clause is still the protesters'
    ("Deputies of the State of Law coalition walked out before the vote in protest against the nomination of "
     "Mustafa al-Kadhimi.",
     ("state_of_law_coalition", "opposes", "mustafa_al_kadhimi")),
    # a state's project stands for the state, and running a group's projects is serving it, not leading it
    ("Qais al-Khazali promised to stand firmly against the American project.",
     ("qais_khazali", "opposes", "united_states")),
    ("Abu Fadak al-Mohammadawi runs Kataib Hezbollah's commercial projects.",
     ("abu_fadak_al_muhammadawi", "member_of", "kataib_hezbollah")),
    # "that", the object of a stranded preposition, stands for the noun its clause is on
    ("The Islamic Resistance in Iraq, an umbrella group that Kataib Hezbollah belongs to, said it had targeted the "
     "base.",
     ("kataib_hezbollah", "member_of", "islamic_resistance_in_iraq")),
    # running a group's unnamed brigades is being in the group; a brigade with a name of its own is led as itself
    ("Kataib Hezbollah runs the PMF's 45th, 46th and 47th brigades.",
     ("kataib_hezbollah", "member_of", "popular_mobilization_forces")),
    # the killing of someone "in" a strike, wherever the parser hangs the strike, is the strike's, and "the strike"
    # later recalls it
    ("Harakat al-Nujaba vowed to avenge the killing of a senior commander in a U.S. drone strike in eastern Baghdad. "
     "The strike hit a vehicle near the group's headquarters, killing Abu Taqwa and an aide.",
     ("united_states", "kills", "abu_taqwa_al_saidi")),
    # the leaders of a plural given by examples are of each group given
    ("Iraq's National Security Adviser Qasim al-Araji met leaders of several factions, including Asaib Ahl al-Haq "
     "and Kataib Sayyid al-Shuhada.",
     ("qasim_al_araji", "negotiates_with", "kataib_sayyid_al_shuhada")),
    # one counted among those killed when a strike hit is killed by the striker
    ("Kataib Hezbollah said one of its senior commanders, Abu Baqir al-Saadi, was among three people killed when a "
     "U.S. drone hit their car in eastern Baghdad.",
     ("us_forces", "kills", "abu_baqir_al_saadi")),
    # calling an act an assassination or a murder charges whoever did it
    ("A U.S. drone hit a car in Baghdad on Wednesday, killing a commander. Yahya Rasool said the strike was carried "
     "out without the knowledge of the government and called it an assassination.",
     ("yahya_rasool", "accuses", "us_forces")),
    # going on with an act ("pressed ahead with", "went ahead with", "continued with") is doing it
    ("Hardliners such as Kataib Hezbollah and Harakat al-Nujaba have pressed ahead with attacks on U.S. forces, while "
     "other groups have held back.",
     ("harakat_al_nujaba", "attacks", "us_forces")),
    ("Washington went ahead with strikes on Kataib Hezbollah despite Baghdad's objections.",
     ("united_states", "attacks", "kataib_hezbollah")),
    # a plural the tagger took for a noun, coordinated with a verb that has an object, is a verb too, and a
    # relative clause on the subject of a denial is no part of what is denied
    ("The Houthis have attacked dozens of ships since November. Iran, which arms and trains the group, denies "
     "directing the attacks.",
     ("iran", "supports", "houthis")),
    ("Iran arms and trains the Houthis.",
     ("iran", "supports", "houthis")),
    ("Hezbollah's military chief, Fuad Shukr, was killed in Beirut.",
     ("fuad_shukr", "member_of", "hezbollah")),
    ("Jan. 4 - A U.S. drone strike in Baghdad kills Nujaba commander Mushtaq Taleb al-Saidi.",
     ("abu_taqwa_al_saidi", "member_of", "harakat_al_nujaba")),
    # a titled name set off after a fronted phrase and up to the comma before the verb is its subject
    ("In an interview with Al-Sumaria TV on Monday, Popular Mobilization Forces chief of staff Abdul Aziz "
     "al-Mohammadawi, known as Abu Fadak, said the force was a pillar of the state.",
     ("abu_fadak_al_muhammadawi", "member_of", "popular_mobilization_forces")),
    # an end a speaker says an actor's mission or presence should come to opposes the actor
    ("Iraq's Sudani says US-led coalition mission should end by 2025",
     ("mohammed_shia_al_sudani", "opposes", "international_coalition")),
    # two titled names coordinated as a subject each keep their own title
    ("Syrian President Ahmed al-Sharaa and SDF commander Mazloum Abdi signed an agreement in March.",
     ("ahmed_al_sharaa", "official_of", "syria")),
    # fighters loyal to a noun that stands for an actor are that actor's men
    ("Fighters loyal to Syria's new authorities clashed with the Kurdish-led Syrian Democratic Forces near the town of "
     "Deir Hafer on Tuesday.",
     ("syria", "attacks", "syrian_democratic_forces")),
    # an adjective of fault after "as", which the parser hangs on the "as" as a modifier, is the label
    ("The Pentagon said U.S. forces had carried out the strike in self-defence, describing Abu Taqwa as responsible "
     "for planning attacks against American personnel.",
     ("us_department_of_defense", "accuses", "abu_taqwa_al_saidi")),
    # "IS" in mixed-case text names Islamic State, no verb "is"
    ("In Deir ez-Zor, three fighters of the Syrian Democratic Forces died in an ambush, the SDF said. The group "
     "blamed IS sleeper cells for the attack.",
     ("syrian_democratic_forces", "accuses", "islamic_state")),
    # a lower-case word before a capitalised title is the title's, after a headline as well as alone
    ("U.S. forces conduct defensive strikes\n\nIraqi caretaker Prime Minister Adel Abdul Mahdi called the strikes a "
     "vicious attack and said they would have dangerous consequences.",
     ("adel_abdul_mahdi", "official_of", "iraq")),
    # a resolution one votes for is one's own
    ("Iraq's parliament voted Sunday in favor of a resolution calling on the government to end the presence of "
     "foreign troops in the country.",
     ("iraqi_parliament", "demands", "iraqi_government")),
    # a fellow at a think tank named for a city is one of it
    ("\"It uses the PMF's resources,\" said Hamdi Malik, a fellow at the Washington Institute who studies the "
     "militias.",
     ("hamdi_malik", "member_of", "washington_institute")),
    # a penalty laid on an actor for what a gerund tells charges the actor
    ("The U.S. Treasury Department imposed sanctions on an Iraqi airline, Fly Baghdad, for providing assistance to "
     "the Quds Force.",
     ("us_treasury", "accuses", "fly_baghdad")),
    # a name said to be a front for a group charges the group
    ("A little-known group calling itself Awliyaa al-Dam claimed responsibility. U.S. officials said the group is a "
     "front for Kataib Hezbollah.",
     ("united_states", "accuses", "kataib_hezbollah")),
    # (but one standing behind an attack is blamed for it)
    ("U.S. officials said Kataib Hezbollah stood behind the attack on the base.",
     ("united_states", "accuses", "kataib_hezbollah")),
    # a place set beside as a group's stronghold is the group's
    ("U.S. jets struck the Jurf al-Sakhar base, a stronghold of Kataib Hezbollah, in Babil province.",
     ("us_forces", "attacks", "kataib_hezbollah")),
    # the head of a group's media centre is one of the group, not its head
    ("Farhad Shami, head of the SDF media center, said five attackers were killed in the clashes.",
     ("farhad_shami", "member_of", "syrian_democratic_forces")),
    # cowardice is a fault, as cowardly is
    ("Iranian missiles struck the KDPI headquarters near Koya. The party's spokesman, Mahmoud Sadeghi, called the "
     "attack \"an act of cowardice.\"",
     ("mahmoud_sadeghi", "accuses", "iran")),
    # "it" that speaks after an embassy is the embassy, and so its state
    ("BAGHDAD - The U.S. embassy in Baghdad on Friday called on the Iraqi government to protect diplomatic "
     "facilities. It said the attacks were carried out by \"Iran-aligned militias that operate freely in Iraq.\"",
     ("united_states", "accuses", "iran_backed_militias")),
    # no need for a force is no room for it
    ("\"Daesh has been defeated. There is no need for American troops on our soil,\" Hadi al-Amiri told supporters.",
     ("hadi_al_amiri", "opposes", "us_forces")),
    # an object pronoun is not its own clause's subject, though that clause borrows its subject
    ("As American troops prepare to leave, the Iran-aligned militias that spent years attacking them are "
     "consolidating their hold on the state.",
     ("iran_backed_militias", "attacks", "us_forces")),
    # a description set off after a name describes it, not the subject after it
    ("Iran's Islamic Revolutionary Guard Corps said it fired missiles. In a statement carried by Sepah News, the "
     "Guards' official outlet, the IRGC said the site was hit.",
     ("sepah_news", "member_of", "irgc")),
    # one who asks another to end an actor's presence opposes the actor
    ("The Fatah Alliance called on Prime Minister Mohammed Shia al-Sudani to end the presence of the U.S.-led "
     "coalition.",
     ("fatah_alliance", "opposes", "international_coalition")),
    # a man's group is the one the phrase that names him ties him to, through two "of"s
    ("Laith al-Adhari, head of the political bureau of Asaib Ahl al-Haq, spoke. \"Daesh has not been defeated,\" he "
     "said. He said his movement would back Prime Minister Mohammed Shia al-Sudani.",
     ("asaib_ahl_al_haq", "supports", "mohammed_shia_al_sudani")),
    # a name set off after a fronted phrase speaks, not the dateline's city the parser made the subject
    ("SANAA — In an interview with Al Jazeera, Mohammed Ali al-Houthi, a member of the Houthis' Supreme Political "
     "Council, said the group would keep targeting ships linked to Israel.",
     ("mohammed_ali_al_houthi", "threatens", "israel")),
    # "our forces", said by a group's commander, are the group's; "its cells" are a group's men
    ("Mazloum Abdi, commander-in-chief of the Syrian Democratic Forces, spoke on Tuesday. \"Daesh attacks our forces "
     "every week,\" Abdi told Reuters.",
     ("islamic_state", "attacks", "syrian_democratic_forces")),
    ("Daesh has not been defeated. Its cells attack Iraqi forces every week.",
     ("islamic_state", "attacks", "iraqi_security_forces")),
    # a place named with a state's adjective is no antecedent of "its"
    ("The Islamic Resistance in Iraq announced on Thursday that its fighters had attacked a target in the occupied "
     "Syrian Golan with drones, in continuation of its operations against the Zionist entity's strongholds.",
     ("islamic_resistance_in_iraq", "attacks", "israel")),
    # a state's adjective on the first of two coordinated nouns is the bare institution's after it
    ("Iran's ambassador said the Islamic Republic stands by the Iraqi people and government.",
     ("iran", "supports", "iraqi_government")),
    # a preposition of talks repeated after "and" names a party too
    ("Sudani's government has held talks with the faction leaders and with Washington to keep Iraq out of the "
     "conflict.",
     ("iraqi_government", "negotiates_with", "united_states")),
    # a commander's "his forces" are his group
    ("SDF commander Mazloum Abdi accused Ankara of seeking to sabotage talks between his forces and Damascus.",
     ("syrian_democratic_forces", "negotiates_with", "syria")),
    # what one warns would become targets is threatened
    ("Kataib Hezbollah official Abu Ali al-Askari warned that American interests in the region would become "
     "targets.",
     ("abu_ali_al_askari", "threatens", "united_states")),
    # an interview's answers, under questions set out with no marks, are the interviewee's word
    ("Kadhim al-Fartousi, spokesman of Kataib Sayyid al-Shuhada, spoke to The New Arab. Excerpts:\n\nHow do you see "
     "the American presence?\n\nWe support the government of Mohammed Shia al-Sudani.\n\nAre you ready to fight "
     "them?\n\nWe have shown that we are.",
     ("kadhim_al_fartousi", "supports", "iraqi_government")),
    # a verb of going on that takes an act says nothing: its subject is no speaker
    ("Hadi al-Amiri spoke to reporters.\nHow do you see them?\n\nThe Americans killed our leaders at Baghdad "
     "airport, and they continue to violate Iraqi airspace every day.\n\nAre you ready?\n\nWe are.",
     ("hadi_al_amiri", "accuses", "united_states")),
    # "our positions", "two of our fighters", said by a force's man, are the force's; "Daesh cells" are its men
    ("Shorsh Ismail, the minister of Peshmerga affairs, told Kurdistan24 about the front. \"Daesh cells still attack "
     "our positions in Makhmour,\" he said.",
     ("islamic_state", "attacks", "peshmerga")),
    ("Shorsh Ismail, the minister of Peshmerga affairs, told Kurdistan24 about the front. \"Last month Daesh killed "
     "two of our fighters,\" he said.",
     ("islamic_state", "kills", "peshmerga")),
    # a description coordinated with an apposition describes the same name, wherever the parser hangs it
    ("Devlet Bahceli, the leader of the Nationalist Movement Party and Erdogan's ally, welcomed the step.",
     ("devlet_bahceli", "supports", "recep_tayyip_erdogan")),
    ("Hadi al-Amiri, the head of Badr and a close ally of Iran, welcomed the step.",
     ("hadi_al_amiri", "supports", "iran")),
    # "responsible for" set after the ones it describes blames them
    ("The attack came days after Secretary of State Mike Pompeo warned Iraqi leaders that Washington would close its "
     "embassy unless the government reined in Iran-backed militias responsible for repeated rocket attacks on "
     "American facilities.",
     ("mike_pompeo", "accuses", "iran_backed_militias")),
    # "one" coordinated after a thing stands for another such thing, held by whom its clause says
    ("U.S. forces carried out airstrikes on Sunday against facilities used by Iran-backed militias. The strikes hit "
     "two facilities in Syria and one in Iraq used by Kataib Hezbollah and Kataib Sayyid al-Shuhada, Kirby said.",
     ("us_forces", "attacks", "kataib_sayyid_al_shuhada")),
    # a titled name coordinated before another titled name keeps its place, whatever the parser made of it
    ("Qaani also met Iraqi Prime Minister Mustafa al-Kadhimi and Interior Minister Othman al-Ghanimi, the sources "
     "said.",
     ("esmail_qaani", "negotiates_with", "mustafa_al_kadhimi")),
    # a dateline's city the parser made the clause of the source's verb, or the holder of the words after the verb,
    # leaves the sentence's own description of a group to the group
    ("Turkish drone strike kills three PKK members in Sinjar\n\nERBIL, Kurdistan Region — A Turkish drone targeted "
     "a vehicle near the town of Khanasor on Monday, killing three members of the Sinjar Resistance Units (YBS), a "
     "group affiliated with the Kurdistan Workers' Party (PKK), local officials told Kurdistan24.",
     ("sinjar_resistance_units", "member_of", "pkk")),
    ("Drone strike in Sinjar\n\nERBIL, Kurdistan Region — A Turkish drone targeted a vehicle near the town of Khanasor "
     "in Sinjar district on Monday, killing three members of the Sinjar Resistance Units (YBS), a group affiliated "
     "with the Kurdistan Workers' Party (PKK), local officials told Kurdistan24.",
     ("sinjar_resistance_units", "member_of", "pkk")),
    # an actor denied any ground to stay is opposed
    ("\"The American forces have no justification to stay,\" Hadi al-Amiri said.",
     ("hadi_al_amiri", "opposes", "us_forces")),
    # the noun "whose" fronts is the relative clause's object
    ("Iraqi lawmakers renewed calls for the expulsion of American troops, whose presence parliament rejected in a "
     "January 2020 vote.",
     ("iraqi_parliament", "opposes", "us_forces")),
    # a passive verb the parser made a modifier of the noun it makes its subject is still the verb
    ("Kataib Hezbollah and Harakat al-Nujaba have pressed for attacks. Both are designated terrorist organizations by "
     "the United States.",
     ("united_states", "accuses", "harakat_al_nujaba")),
    # what a threat noun threatens is threatened, wherever the parser hangs the infinitive
    ("Foreign Minister Fuad Hussein rejected Israeli threats to strike Iraq.", ("israel", "threatens", "iraq")),
    # a grouping noun said to be one side of a group is part of it
    ("The bill was put forward by the Fatah Alliance, the political bloc of the Popular Mobilization Forces.",
     ("fatah_alliance", "member_of", "popular_mobilization_forces")),
    # what a launch was aimed at is the launch's, wherever the parser hangs the aim
    ("CENTCOM said U.S. forces had shot down two drones launched by Iran-backed militias toward Ain al-Asad air "
     "base.",
     ("iran_backed_militias", "attacks", "us_forces")),
    # the head of a named body of a group is one of the group
    ("Hezbollah's Executive Council chief Hashem Safieddine praised the Iraqi operations.",
     ("hashem_safieddine", "member_of", "hezbollah")),
    # a description set beside a role noun, one of a people, does not name it: the role noun still refers back
    ("Iraq's Foreign Minister Fuad Hussein spoke on Sunday. The minister, a Kurd and a senior member of the Kurdistan "
     "Democratic Party, also criticized the attacks.",
     ("fuad_hussein", "member_of", "kurdistan_democratic_party")),
    # "the group" in the words of a group's man is his group, whatever group was named since
    ("BAGHDAD — Kadhim al-Fartousi, a spokesman for Kataib Sayyid al-Shuhada, gave an interview. He accused the "
     "United States of protecting the Islamic State remnants in the desert. Al-Fartousi said the group supported "
     "the government of Prime Minister Mohammed Shia al-Sudani.",
     ("kataib_sayyid_al_shuhada", "supports", "iraqi_government")),
    # a state's military bases are where its forces are
    ("Turkey has dozens of military bases in the Kurdistan Region, which it says it needs to fight the PKK.",
     ("turkish_armed_forces", "deployed_in", "kurdistan_region")),
    # "it" after an attack asked about is the attack, and who says who carried it out accuses them
    ("Gen. Frank McKenzie, head of U.S. Central Command, spoke on Thursday. Asked about the drone attack on the home "
     "of Prime Minister Mustafa al-Kadhimi last month, he said it was carried out by Iran-backed militias.",
     ("kenneth_mckenzie", "accuses", "iran_backed_militias")),
    # an attack one is able to make is threatened, not made
    ("Kataib Hezbollah said it has the ability to strike US bases.", ("kataib_hezbollah", "threatens", "us_forces")),
    # who tells another something in a call talks with them
    ("Secretary of State Mike Pompeo told Kadhimi in a call that Washington would close its embassy unless the "
     "attacks stopped.",
     ("mike_pompeo", "negotiates_with", "mustafa_al_kadhimi")),
    # who writes to another demanding a thing asks it of them
    ("Israeli Foreign Minister Israel Katz wrote to the UN Security Council demanding action against the militias.",
     ("israel_katz", "demands", "un_security_council")),
    # a name set off after the subject that opens the sentence after a dateline describes the subject
    ("Qaani in Baghdad\n\nBAGHDAD (Fars) – The commander of the Quds Force of the Islamic Revolution Guards Corps "
     "(IRGC), Brigadier General Esmail Qaani, met with Iraqi officials in Baghdad on Monday.",
     ("esmail_qaani", "leads", "quds_force")),
    # "the attack" claimed is the last attack told, not a fight at large told since
    ("Two drones attacked the al-Tanf garrison in southern Syria on Thursday, U.S. officials said. The garrison is "
     "used by U.S. troops to train Syrian opposition fighters, who fight against Islamic State. The Islamic "
     "Resistance in Iraq claimed the attack in a statement.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # an actor a speaker says has no place somewhere is opposed
    ("Kataib Hezbollah spokesman Jafar al-Husseini said the American occupiers have no place in the region.",
     ("jafar_al_husseini", "opposes", "us_forces")),
    # a plural verb of a relative clause agrees with the plural noun it describes, not the name in its phrase
    ("Turkish troops in Iraq, which fight the PKK, were hit.", ("turkish_armed_forces", "attacks", "pkk")),
    ("Russian forces in Syria, which back the government of Bashar al-Assad, have complained about the U.S. "
     "presence at al-Tanf.", ("russian_armed_forces", "supports", "syrian_government")),
    # a headline's source after a colon did not do what the headline tells
    ("Turkish drone strike kills three PKK members in Sulaimani province: Pentagon\n\nThe strike hit a car.",
     ("turkey", "kills", "pkk")),
    # an actor a speaker says has no right to stay is opposed
    ("Hadi al-Amiri said U.S. forces had no right to remain in Iraq.", ("hadi_al_amiri", "opposes", "us_forces")),
    # who fights beside another against a third attacks the third
    ("The Badr Organization, which was founded in Iran in the 1980s, fought alongside U.S. forces against the "
     "Islamic State group in 2014-2017.", ("badr_organization", "attacks", "islamic_state")),
    # a ministry named by its portfolio alone is the state in focus's
    ("BAGHDAD (AP) — Iraq's government on Sunday condemned overnight U.S. airstrikes. The foreign ministry said it "
     "had summoned the U.S. charge d'affaires to protest the strikes.",
     ("iraqi_foreign_ministry", "accuses", "united_states")),
    # two verbs of a relative clause the tagger took for plural nouns are still verbs
    ("Iran, which arms and funds Kataib Hezbollah, denied any role in the attack.",
     ("iran", "supports", "kataib_hezbollah")),
    # a relative clause's verb the parser took for the last of its subjects is still the clause's verb
    ("The PKK, which Turkey, the United States and the European Union list as a terrorist group, has waged an "
     "insurgency against the Turkish state since 1984.", ("pkk", "attacks", "turkey")),
    ("The PKK, which Turkey, the United States and the European Union list as a terrorist group, has waged an "
     "insurgency against the Turkish state since 1984.", ("european_union", "accuses", "pkk")),
    # who calls on another to hold an actor accountable accuses the actor
    ("The Kurdistan Regional Government rejected the accusations and called on Baghdad to hold Kataib Hezbollah "
     "accountable.", ("kurdistan_regional_government", "accuses", "kataib_hezbollah")),
    # a participle set off after an object, hosting a named guest, is a clause of its own
    ("Prime Minister Mohammed Shia al-Sudani has tried to walk a line. He has kept the Americans close, hosting "
     "Secretary of State Antony Blinken twice and pressing for investment.",
     ("mohammed_shia_al_sudani", "negotiates_with", "antony_blinken")),
    # a possessive opening the subject of a reported clause is the reporter's, not a group named in its clause
    ("Kataib Sayyid al-Shuhada, which belongs to the Popular Mobilization Forces, said its commander Hussein "
     "al-Jabri died in the strike.", ("hussein_al_jabri", "leads", "kataib_sayyid_al_shuhada")),
    # a quantifier over the object of two verbs the parser took for plural nouns is still their object
    ("Iran, which arms and funds most of the Shiite militias, has urged restraint.",
     ("iran", "supports", "iran_backed_militias")),
    # a singular verb coordinated with a reported clause whose subject is plural is the reporter's
    ("Qais al-Khazali has repeatedly demanded that American troops leave Iraq, and accuses Washington of "
     "shielding Israel.",
     ("qais_khazali", "accuses", "united_states")),
    # a noun of two types describes an actor of either ("the terrorist organisation" after the PKK, a militia)
    ("Turkish warplanes struck PKK positions in northern Iraq. \"Our operations against the terrorist organisation "
     "will continue,\" the Turkish defence ministry said.", ("turkish_defence_ministry", "threatens", "pkk")),
    # a resolution told of after a vote is the voting body's
    ("Iraq's parliament voted on Sunday to expel U.S. troops from the country. The resolution calls on the "
     "government to end the presence of foreign forces.", ("iraqi_parliament", "demands", "iraqi_government")),
    # pursuing an actor is a move against it, and a future one a threat
    ("U.S. forces killed an Islamic State official in a raid in Syria. \"CENTCOM will continue to aggressively "
     "pursue these terrorists,\" said Gen. Michael Erik Kurilla.", ("michael_kurilla", "threatens", "islamic_state")),
    # "the enemy" naming no one is whom the subject was last told to attack
    ("The Islamic Resistance in Iraq said it had attacked US forces at Ain al-Asad with drones. The group vowed to "
     "continue striking the enemy's strongholds.", ("islamic_resistance_in_iraq", "threatens", "us_forces")),
    # a name coordinated with the verb after its phrases is the last noun's conjunct, and an "against" on the last
    # of one's partners says whom one fought
    ("Groups such as Kataib Hezbollah and Harakat al-Nujaba sent fighters to Syria. They fought alongside Hezbollah "
     "and the Syrian army against rebels and later the Islamic State.",
     ("kataib_hezbollah", "attacks", "islamic_state")),
    # a force deployed at bases in a place is there, one step at a time
    ("U.S. forces are deployed at bases in Erbil and at Ain al-Asad in Anbar province.",
     ("us_forces", "deployed_in", "erbil")),
    # a role noun a name is set beside names the body its compound names, lowercase or not
    ("At least eight rockets struck the base, the U.S.-led coalition said. A coalition spokesman, Col. Wayne "
     "Marotto, said the rockets were launched from a truck.", ("wayne_marotto", "spokesperson_for",
                                                              "international_coalition")),
    # soldiers an attack killed, whom the sentence gives to no one, are the attacked force's
    ("Islamic State militants ambushed an Iraqi army patrol south of Kirkuk, killing five soldiers including an "
     "officer.", ("islamic_state", "kills", "iraqi_security_forces")),
    # an act with no one named is by whom a free relative on its clause says it was
    ("A drone strike killed two PKK members in Sinjar, in what Iraqi officials said was a Turkish strike.",
     ("turkey", "kills", "pkk")),
    # "the two ministers" take up two named before, not the one who holds the office
    ("Iranian Foreign Minister Abbas Araghchi met his Iraqi counterpart Fuad Hussein in Tehran. The two ministers "
     "condemned the Israeli strikes on Syria.", ("fuad_hussein", "accuses", "israel")),
    # a bare noun of the collective modifying a target, in a text that names the collective, is the collective
    ("Iran-backed militias fired rockets at the base. US warplanes bombed militia positions along the border.",
     ("us_forces", "attacks", "iran_backed_militias")),
    # a message told of before that names groups as involved in attacks is its sender's charge, however the parser
    # reads "The letter named"
    ("Gideon Saar sent a letter to the U.N. Security Council. The letter named Kataib Hezbollah, Harakat al-Nujaba "
     "and Badr as groups involved in the attacks.", ("gideon_saar", "accuses", "harakat_al_nujaba")),
    # ... and one that labels a group, its sender's label
    ("Gideon Saar sent a letter to the U.N. Security Council. The letter described Kataib Hezbollah as a terrorist "
     "group.", ("gideon_saar", "accuses", "kataib_hezbollah")),
    # a participle with its agent on a noun set off after a name, read by the parser as the name's verb, is the
    # noun's participle
    ("Hayat Tahrir al-Sham, a former al-Qaeda affiliate designated a terrorist group by the United States, said it "
     "poses no threat to Iraq.", ("united_states", "accuses", "hayat_tahrir_al_sham")),
    # one who raises a matter with another during a phone call talks with them
    ("Miller said Secretary of State Antony Blinken had raised the issue with Prime Minister Mohammed Shia al-Sudani "
     "during a phone call on Monday.", ("antony_blinken", "negotiates_with", "mohammed_shia_al_sudani")),
    # a relative clause that holds its noun responsible accuses the noun's actor
    ("Kataib Hezbollah, which Washington holds responsible for the deaths of American soldiers, now runs a company.",
     ("united_states", "accuses", "kataib_hezbollah")),
    # the event a coordinated conjunct after a killing happened in is the killing's too
    ("The IRGC attacked the headquarters of Iranian Kurdish opposition groups with missiles. The KDPI said one of its "
     "members was killed and several others wounded in the strikes near Koya.",
     ("irgc", "kills", "kurdistan_democratic_party_of_iran")),
    # a lowercase ministry the tagger takes for a name is still the ministry of the state in focus
    ("BAGHDAD (Shafaq News) - Lawmaker Hakim al-Zamili called on the foreign ministry to summon the Turkish "
     "ambassador.", ("hakim_al_zamili", "demands", "iraqi_foreign_ministry")),
    # "the committee" takes up a committee whose name's words the parser coordinated
    ("BAGHDAD (Shafaq News) - The Iraqi parliament's Security and Defence Committee on Tuesday summoned the army "
     "chief of staff. The committee, chaired by Hakim al-Zamili, also called on the foreign ministry to summon the "
     "Turkish ambassador.", ("hakim_al_zamili", "leads", "security_and_defence_committee")),
    # a relative clause on an actor that the speaker says is no longer needed opposes the actor, and "he" saying so
    # is the sentence's subject, not the one asked nearer
    ("Hadi al-Amiri urged Prime Minister Mohammed Shia al-Sudani to speed up negotiations on the withdrawal of the "
     "U.S.-led coalition, which he said was no longer needed.",
     ("hadi_al_amiri", "opposes", "international_coalition")),
    # one group of a collective, unnamed in a headline, that the text names after beside "the group" is that group
    ("Iran-backed group claims attack on US base in Syria\n\nDAMASCUS (Reuters) - An Iraqi armed group claimed a "
     "rocket attack on a U.S. base on Monday. The group, Kataib Sayyid al-Shuhada, said it was retaliation.",
     ("kataib_sayyid_al_shuhada", "attacks", "us_forces")),
    # a noun set off after a subject's phrase, read by the parser as a second subject, describes the name before it
    ("Fighters of the Party of Free Life of Kurdistan (PJAK), an Iranian Kurdish group affiliated with the PKK, were "
     "present.", ("pjak", "member_of", "pkk")),
    # an object after the time a verb's act lasts, which the parser made the time's apposition, is the verb's
    ("The PMF has blocked for two weeks a road used by Turkish forces.",
     ("popular_mobilization_forces", "opposes", "turkish_armed_forces")),
    # "the country" in a speaker's words is not a state an apposition on the speaker names, nor the state of those
    # the clause has in it
    ("Iraq's Kataib Hezbollah rejected a U.S. demand. Kataib Hezbollah, one of the Iran-backed factions in Iraq, "
     "said its fighters would keep their weapons as long as American troops remained in the country.",
     ("us_forces", "deployed_in", "iraq")),
    # the subject pronoun of a relative clause whose relative word is its object is the subject of the clause above
    ("Washington has pressed the Iraqi government to curb Iran-backed militias, which it blames for dozens of attacks.",
     ("united_states", "accuses", "iran_backed_militias")),
    # a name set off after a fronted participle's phrase, which the parser coordinated with the phrase's name, is
    # the subject of the verb after it
    ("Speaking to Tasnim, Abu Alaa al-Walai, the secretary general of Kataib Sayyid al-Shuhada, said the US had "
     "committed crimes against the Iraqi people.", ("abu_alaa_al_walai", "accuses", "united_states")),
    # a relative clause on a thing set off after a role's "of" name is the name's, not the role holder's
    ("Akram al-Kaabi is the secretary general of Harakat al-Nujaba, which is listed by the United States as a "
     "terrorist organisation.", ("united_states", "accuses", "harakat_al_nujaba")),
    # officials of a state who say "it" are not it, and say what their clause reports for their state
    ("A faction calling itself Ashab al-Kahf has claimed attacks, and U.S. officials say it is a front for Kataib "
     "Hezbollah.", ("united_states", "accuses", "kataib_hezbollah")),
    # "the men" after a count of a group's members are the group's men
    ("An Iraqi court sentenced three members of Kataib Hezbollah to death. The men were arrested last year by the "
     "Counter-Terrorism Service in a raid.", ("iraqi_counter_terrorism_service", "attacks", "kataib_hezbollah")),
    # the dead of the attack told just before, placed in a group, are the group's: its attacker killed the group
    ("An Israeli air strike near Damascus killed two members of an Iraqi armed group. The dead belonged to Harakat "
     "al-Nujaba, a war monitor said.", ("israel", "kills", "harakat_al_nujaba")),
    ("A U.S. strike killed four fighters near Qaim. The dead were members of Kataib Hezbollah.",
     ("united_states", "kills", "kataib_hezbollah")),
    # a stance coordinated after a reported clause that tells no stance is the reporter's
    ("Kurdistan Democratic Party leader Masoud Barzani said that the PKK had no place in Sinjar and urged Baghdad to "
     "implement an agreement to expel the group.", ("masoud_barzani", "demands", "iraq")),
    # a deal that keeps an actor somewhere, or lets it stay, is about the actor
    ("Muqtada al-Sadr rejected any agreement that would allow American forces to remain in Iraq.",
     ("muqtada_al_sadr", "opposes", "us_forces")),
    ("Sadr rejects any deal that keeps US troops in Iraq", ("muqtada_al_sadr", "opposes", "us_forces")),
    # "the request" recalls an urging as it does an asking
    ("Qaani urged Kataib Hezbollah to halt attacks on U.S. forces. Harakat al-Nujaba rejected the request.",
     ("harakat_al_nujaba", "opposes", "esmail_qaani")),
    # words of outrage at an actor's acts find fault with it
    ("\"Iran's attempts to crush the protests through the slaughter of peaceful demonstrators are appalling,\" "
     "Treasury Secretary Steven Mnuchin said.", ("steven_mnuchin", "accuses", "iran")),
    # a possessive in the subject of a clause coordinated with another is of the owner of that clause's subject
    ("Fatah leader Hadi al-Amiri said the coalition's mission had ended with the defeat of Islamic State and that its "
     "continued presence violated the country's sovereignty.", ("hadi_al_amiri", "accuses", "international_coalition")),
    # "the country" in a stance an official of a state takes is the official's state
    ("Iran vowed revenge for Soleimani. Iran's foreign minister called it terrorism. Iraq's caretaker prime minister, "
     "Adel Abdul-Mahdi, condemned the strike as a breach of the conditions for U.S. troops' presence in the country.",
     ("us_forces", "deployed_in", "iraq")),
    # support for a state's standing supports the state
    ("The Iranian ambassador affirmed Tehran's support for Iraq's stability.", ("iran", "supports", "iraq")),
    # an act its doer owns, the subject of a negated verb, is told all the same
    ("Iraq's foreign ministry said Ankara's repeated violations of Iraqi airspace would not be tolerated.",
     ("iraqi_foreign_ministry", "accuses", "turkey")),
    # a word of a wrongdoer that names an actor, in what a speaker says, charges the actor
    ("Kataib Hezbollah said the attack was a response to the American occupation.",
     ("kataib_hezbollah", "accuses", "us_forces")),
    # a committee named with the adjective of a state's body is that body's committee
    ("Iraq's parliamentary security and defence committee summoned the army chief. Committee chairman Karim Aliwi "
     "said the committee held the Americans responsible for the attack.",
     ("karim_aliwi", "leads", "iraqi_parliament_security_and_defence_committee")),
    # a city asked to act, whatever the parser takes the infinitive for, is the government it stands for
    ("The coalition has long pressed Erbil and Baghdad to close the security gaps.",
     ("international_coalition", "demands", "kurdistan_regional_government")),
    # no right to keep forces somewhere is no ground to stay
    ("Asaib Ahl al-Haq leader Qais al-Khazali said the United States had no right to keep bases in Iraq.",
     ("qais_khazali", "opposes", "united_states")),
    # what a claim's content clause says is the claim's owner's word, not its rejecter's
    ("Iran's foreign ministry spokesman Nasser Kanaani rejected American claims that Iran was behind attacks on U.S. "
     "forces.", ("united_states", "accuses", "iran")),
    ("Erdogan said Turkey would launch new operations against the PKK.", ("recep_tayyip_erdogan", "threatens", "pkk")),
    # the doer a word of fault is named on, by its adjective, is charged
    ("Harakat al-Nujaba said its fighters launched a drone at Ashdod in response to Israeli massacres in Gaza.",
     ("harakat_al_nujaba", "accuses", "israel")),
    # the federal authorities of Iraq's texts are its government
    ("The KRG welcomed the court's decision and urged federal authorities to bring those responsible to justice.",
     ("kurdistan_regional_government", "demands", "iraqi_government")),
    # a speaker saying an actor uses a place as a base for attacks, or to attack, charges it
    ("The IRGC said Komala had used the region as a base for attacks against Iran.", ("irgc", "accuses", "komala")),
    ("\"ISIS uses the gaps between our forces to attack the Peshmerga,\" Peshmerga commander Bakhtiyar Sidiq said.",
     ("bakhtiyar_sidiq", "accuses", "islamic_state")),
    # a participle set off after a name, which the parser hung on the comma, is the name's
    ("Romanowski, speaking after a meeting with KRG Prime Minister Masrour Barzani, said the attacks threatened "
     "investment.", ("alina_romanowski", "negotiates_with", "masrour_barzani")),
    # one thanked for its support gave it to the thanker
    ("KRG Prime Minister Masrour Barzani thanked Washington for its support.",
     ("united_states", "supports", "masrour_barzani")),
    # revenge a light verb takes is an answer aimed at whom its preposition names
    ("Kataib Hezbollah said it would take revenge on the American forces.",
     ("kataib_hezbollah", "threatens", "us_forces")),
    # the charge in an accusation stays the accuser's blame
    ("Masjedi dismissed Washington's accusations that Tehran directs the attacks on US interests in Iraq.",
     ("united_states", "accuses", "iran")),
    # targets listed in a sentence of their own are the last attacker's
    ("U.S. aircraft struck militia facilities in Syria on Sunday. Kirby said the targets included weapons storage "
     "facilities used by Kataib Hezbollah.", ("us_forces", "attacks", "kataib_hezbollah")),
    # a "that" clause after the interview a verb was said in is the verb's
    ("Kadhim al-Fartousi, the spokesman of Kataib Sayyid al-Shuhada, said in an interview that the faction would "
     "resume its operations against American forces.", ("kadhim_al_fartousi", "threatens", "us_forces")),
    # a stance coordinated after a participle on a thing is the main verb's
    ("Masrour Barzani condemned the attacks as \"terrorist acts\" aimed at the region's economy and called on the "
     "federal government in Baghdad to identify and punish the perpetrators.",
     ("masrour_barzani", "demands", "iraqi_government")),
    # an umbrella "for" factions groups them
    ("The Islamic Resistance in Iraq, an umbrella for Iran-aligned armed factions including Kataib Hezbollah and "
     "Harakat al-Nujaba, has claimed more than 150 attacks on Israel.",
     ("harakat_al_nujaba", "member_of", "islamic_resistance_in_iraq")),
    # a pronoun naming no actor after an attack takes the attack up; its doer is charged
    ("The United States retaliated with strikes on Kataib Hezbollah leaders in Baghdad. Sudani condemned them, "
     "calling them a violation of sovereignty.", ("mohammed_shia_al_sudani", "accuses", "united_states")),
    ("When Kataib Hezbollah fired drones at US bases, Sudani's government condemned the attacks. When the United "
     "States retaliated with strikes on the group's leaders in Baghdad, Sudani condemned those too.",
     ("mohammed_shia_al_sudani", "accuses", "united_states")),
    # a title "to" a state run into its holder's name
    ("Iran's ambassador to Iraq Mohammad Kazem Al-e Sadeq said on Sunday that the talks went well.",
     ("mohammad_kazem_al_e_sadeq", "official_of", "iran")),
    # a name an office's title heads is a person's, whatever the NER took it for
    ("Iranian Ambassador to Baghdad Iraj Masjedi said the visit aimed to strengthen cooperation.",
     ("iraj_masjedi", "official_of", "iran")),
    # a participle on the place after the object of a verb describes the object
    ("U.S. warplanes struck a weapons depot in eastern Syria used by Iran's Revolutionary Guard and affiliated "
     "groups.", ("us_forces", "attacks", "irgc")),
    # a copula coordinated with a relative clause's verb shares its subject
    ("Nouri al-Maliki, the former prime minister who heads the State of Law coalition and is a leading figure in the "
     "Coordination Framework, said the bloc would not form a government.",
     ("nouri_al_maliki", "member_of", "coordination_framework")),
    # ... but an object whose phrase names an actor is that actor
    ("The commander of Iran's Quds Force, Esmail Qaani, met leaders of Iraqi armed factions in Baghdad this week and "
     "urged them to halt attacks on U.S. forces.", ("esmail_qaani", "demands", "iran_backed_militias")),
    # a pronoun taking up an act noun before it in its sentence charges the doer the noun names
    ("Turkish warplanes killed four militants of the PKK in Qandil. The Iraqi Foreign Ministry has repeatedly "
     "protested against the Turkish operations, calling them a violation of Iraq's sovereignty.",
     ("iraqi_foreign_ministry", "accuses", "turkey")),
    # "one of its commanders" killed in what a group says is the group's own
    ("BEIRUT - Harakat al-Nujaba, an Iraqi armed group backed by Iran, said on Tuesday that a U.S. strike in eastern "
     "Syria had killed one of its commanders.", ("united_states", "kills", "harakat_al_nujaba")),
    # an act named by a noun, done to those no war makes targets, is a wrong the speaker charges
    ("The Treasury Department said Qais al-Khazali had ordered the killing of protesters.",
     ("us_treasury", "accuses", "qais_khazali")),
    ("\"Iran's proxies in Iraq are killing Iraqi citizens who are peacefully calling for reform,\" Treasury Secretary "
     "Steven Mnuchin said in a statement.", ("steven_mnuchin", "accuses", "iran_backed_militias")),
    # a fault in an infinitive on a noun, in a speaker's words, charges the doer it names
    ("Asaib Ahl al-Haq said the sanctions were an attempt to distract from American crimes in the region.",
     ("asaib_ahl_al_haq", "accuses", "united_states")),
    # a lowercase ministry heading a title speaks for the state in focus's ministry
    ("Iran denied any involvement in the attacks. The foreign ministry spokesman, Nasser Kanaani, accused Washington "
     "of lying.", ("nasser_kanaani", "spokesperson_for", "iranian_foreign_ministry")),
    # a petition is its signers' message
    ("BAGHDAD - More than 100 Iraqi lawmakers have signed a petition calling on the government to set a timetable for "
     "the withdrawal of foreign forces.", ("iraqi_parliament", "demands", "iraqi_government")),
    # a sponsor an adjective names is that state, the other side of the tie
    ("Kataib Hezbollah blamed \"the Zionist enemy and its American sponsor\" for his killing.",
     ("kataib_hezbollah", "accuses", "united_states")),
    # a demand answered, resisted or bowed to, is made of the one who answers it
    ("Prime Minister Mohammed Shia al-Sudani has resisted pressure from Kataib Hezbollah to expel American forces.",
     ("kataib_hezbollah", "demands", "mohammed_shia_al_sudani")),
    ("The Iraqi government bowed to pressure from Washington to curb the factions.",
     ("united_states", "demands", "iraqi_government")),
    # who asks for an actor's going, in a demand another faces, opposes it
    ("Prime Minister Mohammed Shia al-Sudani has faced pressure from Kataib Hezbollah to win a timetable for the exit "
     "of US troops.", ("kataib_hezbollah", "opposes", "us_forces")),
    ("Prime Minister Mohammed Shia al-Sudani has faced pressure from armed factions in that camp to win a timetable "
     "for the exit of US troops.", ("iran_backed_militias", "opposes", "us_forces")),
    # handing a state's envoy a protest is a protest against the state
    ("Turkish jets struck Sinjar. The Iraqi foreign ministry handed Turkey's ambassador a protest note demanding an "
     "end to the attacks.", ("iraqi_foreign_ministry", "accuses", "turkey")),
    # a ministry named by its portfolio is of the state the subject's own words name, not the dateline's
    ("ERBIL, Kurdistan Region (Rudaw) - Iraqi parliament speaker Mohammed al-Halbousi on Monday condemned Turkish air "
     "strikes and called on the foreign ministry to summon the Turkish ambassador.",
     ("mohammed_al_halbousi", "demands", "iraqi_foreign_ministry")),
    # "the strikes" recall the strikes a past tense told, not an attack told after them with no agent
    ("U.S. military aircraft struck two facilities in eastern Syria used by Iran's Islamic Revolutionary Guard Corps, "
     "the Pentagon said, in response to a string of drone and rocket attacks on American troops. Defense Secretary "
     "Lloyd Austin said President Joe Biden had directed the strikes.", ("joe_biden", "attacks", "irgc")),
    # no right to be somewhere is no ground to stay
    ("KDP spokesman Mahmoud Mohammed said the PKK had turned the mountains into a battlefield and had no right to be "
     "there.", ("mahmoud_mohammed", "opposes", "pkk")),
    ("Committee chairman Karim Aliwi demanded that Iraqi security forces arrest those responsible.",
     ("karim_aliwi", "demands", "iraqi_security_forces")),
    # a region's authorities are the government the region stands for
    ("Iran's Revolutionary Guards shelled Kurdish groups in northern Iraq. Their commander urged the Kurdistan "
     "Region's authorities to disarm the groups.", ("irgc", "demands", "kurdistan_regional_government")),
    # a name with an "of" of its own is coordinated with the name built alike before it
    ("The Coordination Framework backs the bill. Its leaders, including Hadi al-Amiri of the Badr Organization and "
     "Qais al-Khazali of Asaib Ahl al-Haq, say the PMF earned its place.",
     ("qais_khazali", "member_of", "coordination_framework")),
    # a penalty threatened, or help threatened to be withheld, threatens whom it falls on
    ("President Donald Trump threatened to sanction Iraq.", ("donald_trump", "threatens", "iraq")),
    ("U.S. lawmakers threatened to cut military aid to Baghdad.", ("us_congress", "threatens", "iraq")),
    # an answer promised in a speaker's words is against whom the speaker blamed, and the speaker's threat
    ("Defense Secretary Lloyd Austin blamed Kataib Hezbollah for the attacks and said the United States would "
     "respond.", ("lloyd_austin", "threatens", "kataib_hezbollah")),
    ("Defense Secretary Lloyd Austin blamed Kataib Hezbollah for the attacks. He said Washington would respond at a "
     "time of its choosing.", ("lloyd_austin", "threatens", "kataib_hezbollah")),
    ("Kataib Hezbollah attacked US forces. Defense Secretary Lloyd Austin said Washington reserved the right to "
     "respond.", ("lloyd_austin", "threatens", "kataib_hezbollah")),
    # the pressure an act is done under stands, whatever the act halts
    ("Kataib Hezbollah suspended its attacks on US forces in February under pressure from Tehran and Baghdad.",
     ("iran", "demands", "kataib_hezbollah")),
    # a deal rejected by another was still made by the two it is between
    ("Kataib Hezbollah rejected an agreement between the Iraqi government and the United States to wind down the "
     "coalition.", ("iraqi_government", "negotiates_with", "united_states")),
    # a partner "in coordination with" whom an act is done does it too
    ("U.S. Central Command said its forces killed a senior Islamic State leader, Abu Yusif, in a raid in northeastern "
     "Syria, in coordination with the Syrian Democratic Forces.", ("syrian_democratic_forces", "kills", "abu_yusif")),
    # a bloc in an alliance named is part of it
    ("Badr Organization leader Hadi al-Amiri, whose organisation is the largest bloc in the Fatah Alliance, spoke.",
     ("badr_organization", "member_of", "fatah_alliance")),
    # a right to an act is an act to come: said by its holder, a threat
    ("Hadi al-Amiri said the factions had the right to respond to any American aggression.",
     ("hadi_al_amiri", "threatens", "united_states")),
    ("Kataib Hezbollah said it had the right to strike US bases.", ("kataib_hezbollah", "threatens", "us_forces")),
    # a gerund with an object after "for" plots what it names
    ("U.S. strikes killed a senior Kataib Hezbollah commander, Abu Baqir al-Saadi, in eastern Baghdad. Washington "
     "said Saadi was responsible for planning attacks on American troops.",
     ("united_states", "accuses", "abu_baqir_al_saadi")),
    # a report fronted before its reporter goes on in its own words
    ("BAGHDAD — The commander of Iran's Quds Force, Esmail Qaani, met leaders of Iraqi armed factions in Baghdad this "
     "week and urged them to halt attacks on U.S. forces, two sources familiar with the meetings said.",
     ("esmail_qaani", "demands", "iran_backed_militias")),
    # a demand of release, asking no one, is made of whoever holds those held
    ("Iraqi counter-terrorism troops stormed a base used by Kataib Hezbollah in Baghdad and detained more than a "
     "dozen fighters. Hours later, Kataib Hezbollah fighters gathered near the CTS headquarters, demanding that their "
     "comrades be freed.", ("kataib_hezbollah", "demands", "iraqi_counter_terrorism_service")),
    ("Iraqi security forces arrested 14 members of Kataib Hezbollah on Friday. The group demanded the release of the "
     "detainees.", ("kataib_hezbollah", "demands", "iraqi_security_forces")),
    # a dateline with a comma before its outlet is no subject
    ("BAGHDAD, (Al-Ahed) – The Islamic Resistance in Iraq announced on Wednesday that its fighters had targeted a "
     "vital target in the occupied city of Umm al-Rashrash (Eilat) with drones, in response to the massacres "
     "committed by the Zionist entity against civilians.", ("islamic_resistance_in_iraq", "accuses", "israel")),
    # a penalty's charge may hang on the last of those it falls on
    ("The Treasury imposed sanctions on four Kataib Hezbollah commanders over human rights abuses.",
     ("us_treasury", "accuses", "kataib_hezbollah")),
    # a charge of harm hung on the one charged is a blame a promised answer looks back on
    ("The Popular Mobilization Forces said two of its fighters had died of their wounds. It blamed \"the Zionist enemy "
     "and its American backer\" for the strike and vowed to respond.",
     ("popular_mobilization_forces", "threatens", "israel")),
    # a partner in a joint act its object names does it too
    ("Yemen's Houthi movement said on Friday it had carried out a joint operation with the Islamic Resistance in "
     "Iraq, launching drones at a vital target in the Israeli port of Haifa.",
     ("islamic_resistance_in_iraq", "attacks", "israel")),
    # a federal body is the federal state's, never a region's, whatever the dateline
    ("ERBIL, Kurdistan Region — The Kurdistan Regional Government accused the federal government in Baghdad of "
     "withholding salaries. The federal finance ministry said the KRG had not handed over oil revenues. Iraq's Federal "
     "Supreme Court ordered both sides to resolve the dispute.",
     ("federal_supreme_court", "demands", "iraqi_federal_finance_ministry")),
    ("Muqtada al-Sadr has opposed both the American presence and the armed factions. Sadr has accused the factions"
     " of dragging Iraq into a war.", ("muqtada_al_sadr", "accuses", "iran_backed_militias")),
    # a relative clause describes the noun its verb agrees with
    ("Nujaba is one of the groups in the Islamic Resistance in Iraq, which has claimed dozens of attacks on US forces.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # "his country" is the state its speaker is named with
    ("Iraqi Prime Minister Mohammed Shia al-Sudani said his country no longer needed the coalition.",
     ("iraq", "opposes", "international_coalition")),
    ("Iraqi Prime Minister Mustafa al-Kadhimi said his country would go on needing American help.",
     ("united_states", "supports", "iraq")),
    # who is made to pay for a killing did it, and the killing was done; its "of" names the dead, not the culprit
    ("Qais al-Khazali said the Americans would pay a heavy price for the assassination of Abu Mahdi al-Muhandis.",
     ("united_states", "kills", "abu_mahdi_al_muhandis")),
    ("Kataib Hezbollah said the US would pay for the killing of Abu Taqwa.",
     ("united_states", "kills", "abu_taqwa_al_saidi")),
    # the sites an attack struck, listed by what they included; a bare noun before a "verb" made an object is its
    # modifier ("precision airstrikes")
    ("U.S. forces conducted precision airstrikes Sunday on two facilities in eastern Syria. The facilities included a"
     " command post used by Kataib Hezbollah.", ("us_forces", "attacks", "kataib_hezbollah")),
    ("CENTCOM forces conducted precision airstrikes Sunday on two facilities used by Iran's Islamic Revolutionary "
     "Guard Corps.", ("us_central_command", "attacks", "irgc")),
    # "its forces" of a state's body are the state's armed force; a verb in scare quotes after "had" is the verb
    ('Turkey\'s defence ministry said its forces had "neutralised" PKK militants in northern Iraq.',
     ("turkish_armed_forces", "kills", "pkk")),
    # "this", made an act by a verb of carrying one out, takes up the attack told shortly before
    ('A rocket attack hit a base hosting U.S. troops. No one was hurt, Sabrina Singh said. "We assess that this was'
     ' conducted by Kataib Hezbollah," she said.', ("sabrina_singh", "accuses", "kataib_hezbollah")),
    # an official's promised answer answers an attack on the forces of the state the text titles the official with
    ('A rocket attack by Kataib Hezbollah hit a base hosting U.S. troops. "We will respond at a time and place of our'
     ' choosing," Pentagon press secretary Pat Ryder said.', ("pat_ryder", "threatens", "kataib_hezbollah")),
    # an objection with nothing named that is objected to is against the attack told just before
    ("The US and Britain struck Houthi targets in Yemen. Baghdad, too, objected.",
     ("iraq", "accuses", "united_states")),
    # one told it will regret an act is threatened
    ('Hadi al-Amiri said the Zionist entity would "regret" any attack on Iraqi territory.',
     ("hadi_al_amiri", "threatens", "israel")),
    # one who runs a group's business, funds or assets is one of it, not its leader
    ("Kataib Hezbollah spoke. Abu Fatima al-Jaberi managed the group's business interests.",
     ("abu_fatima_al_jaberi", "member_of", "kataib_hezbollah")),
    # a possessive in a relative clause is its host's only where the host may own it ("its" is no person's)
    ("Blinken met Prime Minister Adel Abdul Mahdi, who thanked Washington for its help to Iraq against ISIS.",
     ("united_states", "supports", "iraq")),
    # "diplomat" is a kind of official, no office: a state's diplomat is whoever the story titled with the state
    ("Turkish Foreign Minister Hakan Fidan flew to Baghdad. He met Fuad Hussein. The Turkish diplomat condemned the "
     "PKK.", ("hakan_fidan", "accuses", "pkk")),
    # an attack a verb tells "during" a raid is that raid, which "the raid" later recalls
    ("U.S. Central Command said its forces killed a senior Islamic State official during a helicopter raid in Syria "
     "on Monday. The raid, conducted with the Syrian Democratic Forces, killed Abu Hamza al-Shami.",
     ("us_central_command", "kills", "abu_hamza_al_shami")),
    # a comma after a conjunction's name closes the list; and an act has no going for "their withdrawal" to take up
    ("Unlike Asaib Ahl al-Haq or Harakat al-Nujaba, the Badr Organization stayed out of the attacks on US troops, "
     "preferring to press for their withdrawal through parliament.", ("badr_organization", "demands", "us_forces")),
    # "both groups" are the two named apart last, not a coordination named before them
    ("Unlike Asaib Ahl al-Haq or Harakat al-Nujaba, Badr stayed out of the fighting. Kataib Sayyid al-Shuhada split "
     "from Badr in 2013. Tehran, which arms both groups, wants them united.",
     ("iran", "supports", "kataib_sayyid_al_shuhada")),
    # an answer vowed to an act laid on another is against whom it is laid on, named in a clause after it or not
    ("Asaib Ahl al-Haq vowed revenge after a drone strike blamed on the United States hit its headquarters.",
     ("asaib_ahl_al_haq", "threatens", "united_states")),
    ("Harakat al-Nujaba vowed revenge for the rocket attack attributed to Israel.",
     ("harakat_al_nujaba", "threatens", "israel")),
    # a group's strike on an unowned target in a state strikes the state
    ("The Islamic Resistance in Iraq said its fighters had hit a vital target in Israel with drones.",
     ("islamic_resistance_in_iraq", "attacks", "israel")),
    # an object pronoun echoes the possessive of its own clause's subject
    ("Kadhimi took office in May. His rivals in the Fatah Alliance, including Hadi al-Amiri's Badr Organization, "
     "accuse him of serving Washington.", ("badr_organization", "accuses", "mustafa_al_kadhimi")),
    # "the move", "the step" a verb of deciding or listing told is its subject's
    ("The US Treasury blacklisted Kataib Sayyid al-Shuhada on Monday. Iraq's foreign ministry rejected the move.",
     ("iraqi_foreign_ministry", "opposes", "us_treasury")),
    # who ordered or carried out an attack told with its agent killed its dead too (the guidelines' leader who ordered)
    ("A US drone strike killed Qassem Soleimani in January 2020. Trump ordered the strike.",
     ("donald_trump", "kills", "qasem_soleimani")),
    # a person's possessive pronoun on a group's wing named in apposition to an object: the person leads it
    ("Muqtada al-Sadr has ordered his armed wing, Saraya al-Salam, to leave Samarra.",
     ("muqtada_al_sadr", "leads", "saraya_al_salam")),
    # a headline's group described with no article is the group the story names below
    ("Iraqi armed group threatens Jordan over border crossing\n\nBAGHDAD (Reuters) - Harakat al-Nujaba on Sunday "
     "warned Jordan against closing the Trebil crossing.", ("harakat_al_nujaba", "threatens", "jordan")),
    # a plural pronoun in what a verb tells two actors together takes them up, states too
    ("Abdul Malik al-Houthi warned the United States and Britain that their aggression on Yemen would not go "
     "unanswered.", ("united_kingdom", "attacks", "yemen")),
    # a possessive in the next sentence takes up the subject that reports, not the subject of what it reports
    ("Harakat al-Nujaba, a faction within the Islamic Resistance in Iraq, said the resistance would not stop. Its "
     "secretary-general, Akram al-Kaabi, accused the government of weakness.",
     ("akram_al_kaabi", "leads", "harakat_al_nujaba")),
    # the PMF's commission, named by the force's initials, is the force's own governing body
    ("Falih al-Fayyadh, the chairman of the PMF commission, rejected the criticism.",
     ("falih_al_fayyadh", "leads", "popular_mobilization_forces")),
    # the subject a relative clause's pronoun takes up is above the clause's noun, never the noun itself
    ("Turkey says the PKK, which it has fought since 1984, is a terrorist group.", ("turkey", "attacks", "pkk")),
    # a demand that an actor be withdrawn or its mission ended asks its going, as "its withdrawal" does
    ("Major General Yahya Rasool demanded that the coalition's mission be ended.",
     ("yahya_rasool", "demands", "international_coalition")),
    ("The Fatah Alliance demanded that US forces be withdrawn from Iraq.", ("fatah_alliance", "demands", "us_forces")),
    # praise "for its deeds" is for the deeds of the one praised, wherever the parser hangs the reason
    ("Yemen's Ansarullah movement praised the Iraqi resistance for its operations against the Israeli regime.",
     ("islamic_resistance_in_iraq", "attacks", "israel")),
    # a plural pronoun after a group's men told in its sentence takes up their group
    ("Akram al-Kaabi saluted the fighters of the Islamic Resistance in Iraq and praised their strikes on US forces.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # one spoken to on a call is talked with
    ("US Ambassador Alina Romanowski spoke to Mohammed Shia al-Sudani by phone on Friday.",
     ("alina_romanowski", "negotiates_with", "mohammed_shia_al_sudani")),
    # "which" after a person's name in an "of" phrase is the phrase's owner, never the person
    ("Kaabi criticised the government of Mohammed Shia al-Sudani, which has called on Kataib Hezbollah to halt "
     "attacks.", ("iraqi_government", "demands", "kataib_hezbollah")),
    # a third-person pronoun in a quotation is never its named speaker, whatever the sentence before reported
    ("Ghaith al-Tamimi told VOA that Hisham al-Hashimi had been warned. \"I urged him to leave the country,\" Tamimi "
     "said.", ("ghaith_al_tamimi", "demands", "hisham_al_hashimi")),
    # the head of a group's body named beside its noun leads the body so named
    ("Hussein Muanis, the head of Kataib Hezbollah's political wing, the Huquq movement, spoke.",
     ("hussein_muanis", "leads", "huquq_movement")),
    # dead told with no killer after an attack on no one named are that attack's victims
    ("US jets struck positions near al-Qaim on Wednesday. Kataib Hezbollah said two of its members were killed.",
     ("us_forces", "kills", "kataib_hezbollah")),
    # members among the dead of an attack told just before were killed by its agent
    ("The IRGC struck the headquarters of Kurdish opposition parties near Koya, killing nine people. The Democratic "
     "Party of Iranian Kurdistan said two of its members were among the dead.",
     ("irgc", "kills", "kurdistan_democratic_party_of_iran")),
    # "the statement" after an announcement is the announcer's
    ("Kataib Hezbollah announced on Thursday that it had struck a base in Erbil. The statement called on the Iraqi "
     "government to expel US forces.", ("kataib_hezbollah", "demands", "iraqi_government")),
    # a person's group named after "his" or "whose" is one the person leads
    ("Moqtada al-Sadr spoke on Sunday. He disbanded his Mahdi Army in 2008.",
     ("muqtada_al_sadr", "leads", "mahdi_army")),
    ("Qais al-Khazali, whose Asaib Ahl al-Haq is part of the Fatah Alliance, said the attacks harmed Iraq.",
     ("qais_khazali", "leads", "asaib_ahl_al_haq")),
    ("Qais al-Khazali, leader of the Iran-backed Asaib Ahl al-Haq, said the factions would not disarm as long as "
     "foreign forces remained in Iraq, rejecting calls by the government and the United Nations.",
     ("qais_khazali", "opposes", "iraqi_government")),
    # one who sits down with an outlet gives it his word
    ("Iraq's foreign minister, Fuad Hussein, sat down with Asharq Al-Awsat in Baghdad.",
     ("fuad_hussein", "quoted_by", "asharq_al_awsat")),
    # held responsible for stoking a harm is blamed, not given a duty
    ("Iran's foreign ministry spokesman Nasser Kanaani said Washington was responsible for \"fuelling the crisis.\"",
     ("nasser_kanaani", "accuses", "united_states")),
    # "they" an unnamed set's examples say is the examples
    ("Kataib Hezbollah announced in January that it was suspending attacks on U.S. forces. Other groups, including "
     "Harakat al-Nujaba, have said they will keep fighting until U.S. troops leave.",
     ("harakat_al_nujaba", "threatens", "us_forces")),
    # a numbered unit of a group is the group those in it are part of
    ("Kata'ib Sayyid al-Shuhada is part of the PMF's 14th Brigade, officials said.",
     ("kataib_sayyid_al_shuhada", "member_of", "popular_mobilization_forces")),
    # a place's name the NER ran on into a preposition still ends where the actor's name does
    ("In Syria, a strike hit a depot in the town of Mayadeen in Deir ez-Zor province.",
     ("mayadeen", "located_in", "deir_ez_zor")),
    # "the Kurdish leadership" is the Kurdistan Regional Government
    ("Kataib Hezbollah's spokesman lashed out at the Kurdish leadership, saying it was serving Israeli and American "
     "interests.", ("kataib_hezbollah", "accuses", "kurdistan_regional_government")),
    # a bare spokesman in a clause coordinated with a body's speaks for the body
    ("Two other members of the group died in the attack, the PMF said. The Iraqi government condemned the killing as "
     "an unjustified aggression, and spokesman Basim al-Awadi said Baghdad held the coalition responsible.",
     ("basim_al_awadi", "spokesperson_for", "iraqi_government")),
    # a lone indirect object is the verb's object
    ("Iraq's parliament votes to expel US troops\n\nBAGHDAD - The vote came on Sunday.",
     ("iraqi_parliament", "opposes", "us_forces")),
    # an armed group's name shortened to its first word is the group
    ("Kataib Hezbollah vowed revenge on Monday. Abu Baqir al-Saadi, a senior Kataib commander, was killed in a US "
     "drone strike in Baghdad.", ("abu_baqir_al_saadi", "member_of", "kataib_hezbollah")),
    # a group's own word that it was behind an act the text told of, with no target named, claims that act
    ("Two drones struck the Harir base, which hosts US troops, on Monday. Kataib Hezbollah said it was behind the "
     "strike.", ("kataib_hezbollah", "attacks", "us_forces")),
    # firing on a crowd, as a speaker tells it, is a wrong the speaker charges
    ("KDP spokesman Mahmoud Mohammed said gunmen from Asaib Ahl al-Haq fired on a crowd near the party's office.",
     ("mahmoud_mohammed", "accuses", "asaib_ahl_al_haq")),
    # a possessive in what praise is for is the praised forces' state's, named by the name on them
    ("He held the United States responsible for the killing of Qassem Soleimani and Abu Mahdi al-Muhandis. Al-Kaabi "
     "also praised the Yemeni armed forces for their operations against Israel.", ("yemen", "attacks", "israel")),
    # a wrong done by unnamed men is charged to the one the speaker says directs, orders or leads them
    ("The US Treasury said Hussein Falih al-Lami directed a cell of gunmen that opened fire on protesters in Baghdad.",
     ("us_treasury", "accuses", "hussein_falih_al_lami")),
    ("The US Treasury said groups led by Qais al-Khazali fired on peaceful demonstrators.",
     ("us_treasury", "accuses", "qais_khazali")),
    # opening fire on protesters, as a speaker tells it, is a wrong the speaker charges
    ("The US Treasury said Kataib Hezbollah gunmen opened fire on protesters.",
     ("us_treasury", "accuses", "kataib_hezbollah")),
    # dismissing an act as a wrong labels it so
    ("Kataib Hezbollah dismissed Washington's threat to shut its embassy as a blatant provocation.",
     ("kataib_hezbollah", "accuses", "united_states")),
    ("Kataib Hezbollah dismissed the US accusations as lies.", ("kataib_hezbollah", "accuses", "united_states")),
    # a gerund the tagger took for a noun between two names is a participle of the clause
    ("Israeli Foreign Minister Gideon Saar sent a letter to the U.N. Security Council naming Kataib Hezbollah and "
     "Harakat al-Nujaba as responsible for attacks on Israel.", ("gideon_saar", "accuses", "harakat_al_nujaba")),
    # a person pronoun in a relative clause right after its noun, with no object of its own, is the clause's subject
    ("Shiite cleric Muqtada al-Sadr gave Prime Minister Mohammed Shia al-Sudani three days to act against armed "
     "factions he accused of attacking diplomatic missions.", ("muqtada_al_sadr", "accuses", "iran_backed_militias")),
    # a standing told of a noun in apposition is the named one's
    ("Asaib Ahl al-Haq, one of the factions close to Tehran, rejected what it called Sadr's threats.",
     ("asaib_ahl_al_haq", "supports", "iran")),
    ("Asaib Ahl al-Haq, a faction close to Iran, rejected the plan.", ("asaib_ahl_al_haq", "supports", "iran")),
    # a demand that a body be dissolved asks its end, as one that troops be withdrawn asks their going
    ("Washington has demanded that the PMF be dissolved or merged into the army.",
     ("united_states", "demands", "popular_mobilization_forces")),
    # a letter or a complaint told before is its sender's: rejecting it opposes the sender
    ("Israeli Foreign Minister Gideon Saar sent a letter to the U.N. Security Council on Monday. Iraq's government "
     "rejected the letter.", ("iraqi_government", "opposes", "gideon_saar")),
    ("Israel filed a complaint with the U.N. Security Council. Iraq rejected the complaint.",
     ("iraq", "opposes", "israel")),
    # a spokesman for a person's office speaks for the person
    ("A spokesman for Sadr's office accused Iran of interfering in Iraq's affairs.",
     ("muqtada_al_sadr", "accuses", "iran")),
    # a warning of attacks is a threat of them: on their target, or on the actor of the condition
    ("Iran's Revolutionary Guards warned of further strikes on Israel.", ("irgc", "threatens", "israel")),
    ("Iran's Revolutionary Guards fired missiles at Erbil and warned of further strikes if Israel continued its "
     "attacks on Iranian interests.", ("irgc", "threatens", "israel")),
    # a base's name in another of the forms a base's name ends in is the base
    ("Rockets struck near the airport, where the Victory military base hosts American advisers.",
     ("us_forces", "deployed_in", "victory_base")),
    # an answer in arms told as done, naming no one, attacks whoever the text told attacked the answerer
    ("The Islamic Resistance in Iraq has claimed more than 100 attacks on US forces since October. Washington has "
     "hit back repeatedly.", ("united_states", "attacks", "islamic_resistance_in_iraq")),
    ("Kataib Hezbollah fired rockets at US troops. The United States struck back on Sunday.",
     ("united_states", "attacks", "kataib_hezbollah")),
    # a participle of being founded tells what its noun is: the noun is still the one described
    ("The Badr Organization is one of Iraq's oldest armed groups. Founded in Iran in the 1980s as the armed wing of "
     "the Supreme Council for the Islamic Revolution in Iraq, it fought alongside Iranian forces.",
     ("badr_organization", "member_of", "supreme_council_for_the_islamic_revolution")),
    # the one "the <noun>, NAME," names in apposition is the one a noun of its kind just before told of
    ("A U.S. drone strike on a car in eastern Baghdad on Wednesday killed a senior commander of Kataib Hezbollah. The "
     "commander, Abu Baqir al-Saadi, was in charge of the group's operations in Syria.",
     ("united_states", "kills", "abu_baqir_al_saadi")),
    # "Iranian militias" are the Iran-backed militias
    ("SDF spokesman Farhad Shami blamed \"Iranian militias\" based west of the Euphrates for the attack.",
     ("farhad_shami", "accuses", "iran_backed_militias")),
    # what an "according to" opening a sentence attributes is its source's word, as if it had said it
    ("According to the Iraqi Interior Ministry, gunmen of Kataib Hezbollah opened fire on peaceful protesters.",
     ("iraqi_interior_ministry", "accuses", "kataib_hezbollah")),
    # a list of names with descriptions set beside them is one list; "the three commanders" are its three, and a past
    # tense right after a participle phrase's last noun is the clause's verb
    ("The Treasury sanctioned Qais al-Khazali, the head of Asaib Ahl al-Haq, his brother Laith al-Khazali, a senior "
     "commander, and Husayn al-Lami. It said groups led by the three commanders fired on peaceful demonstrators.",
     ("us_treasury", "accuses", "laith_al_khazali")),
    # a delay or a stalling stands for whose it is, and a phrase of when between a verb and its particle leaves the
    # verb phrasal
    ("Qais al-Khazali complained last month of American foot-dragging in the talks.",
     ("qais_khazali", "accuses", "united_states")),
    ("Iraq condemned American delays in the withdrawal.", ("iraq", "accuses", "united_states")),
    # a result told by a participle after a passive is what its agent did
    ("A headquarters of Kataib Hezbollah was hit by US drone strikes, killing Ahmed Najm Abdul Zahra.",
     ("united_states", "kills", "ahmed_najm_abdul_zahra")),
    # what "it" says falls or is up to an actor to do is asked of the actor, and a day set off before the subject is
    # when, not who
    ("The Turkish foreign ministry said it fell to Iraq to act against the PKK.",
     ("turkish_foreign_ministry", "demands", "iraq")),
    ("Early Thursday, the Turkish foreign ministry said Iraq must act against the PKK.",
     ("turkish_foreign_ministry", "demands", "iraq")),
    # Iraq's Shiite or Sunni lawmakers speak as its parliament
    ("Shiite lawmakers demanded the withdrawal of US forces.", ("iraqi_parliament", "demands", "us_forces")),
    # a bare body's noun on a role ("an embassy spokesperson") is the body named before whose word the role gives
    ("Rockets hit the US embassy in Baghdad. An embassy spokesperson said the evidence pointed to Kataib Hezbollah.",
     ("united_states", "accuses", "kataib_hezbollah")),
    # a headline's counted collective is the as many groups its lead lists
    ("US designates two Iran-backed militias as terrorists\n\nWASHINGTON - The State Department on Monday "
     "designated Kataib Hezbollah and Asaib Ahl al-Haq as terrorist groups.",
     ("united_states", "accuses", "asaib_ahl_al_haq")),
    # a particle the tagger takes for an adverb
    ("Asaib Ahl al-Haq brushed aside the US decision.", ("asaib_ahl_al_haq", "opposes", "united_states")),
    # a participle the parser took for the noun a compound heads ("base run")
    ("Kataib Hezbollah fired rockets at a base run by American troops.", ("kataib_hezbollah", "attacks", "us_forces")),
    # the noun a free relative calls the object of a preposition
    ("Kataib Hezbollah claimed it had fired 30 rockets at what it called a base run by American occupiers.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # a lead's count takes up the list of as many names a few sentences on
    ("Abdul Mahdi condemned Washington's decision to blacklist three Iran-backed paramilitary commanders over the "
     "crackdown. \"Iraq refuses to see such figures put on blacklists,\" he said. He resigned last month under "
     "pressure. The U.S. Treasury on Friday sanctioned Qais al-Khazali, his brother Laith al-Khazali and Husayn "
     "al-Lami.", ("united_states", "accuses", "laith_al_khazali")),
    # an infinitive after a noun of intent is the noun's, whose owner does it
    ("Iraq condemned the US decision to blacklist Qais al-Khazali.", ("united_states", "accuses", "qais_khazali")),
    # counted officers are the people a later list names
    ("A Turkish drone killed two senior army officers in the Kurdistan Region. The strike hit a vehicle near Sidakan "
     "on Tuesday. The mayor named the dead officers as Brig. Zubair Hali Bradosti and Brig. Mohammed Rashid Sulaiman.",
     ("turkish_armed_forces", "kills", "mohammed_rashid_sulaiman")),
    # those taking part in a body stand for the body
    ("Nujaba threatened the countries participating in the international coalition.",
     ("harakat_al_nujaba", "threatens", "international_coalition")),
    ("Houthi forces attacked ships taking part in the US-led coalition.",
     ("houthis", "attacks", "international_coalition")),
    # a verb's object the parser took for a participle's subject
    ("Nujaba threatened every country taking part in the US-led coalition.",
     ("harakat_al_nujaba", "threatens", "international_coalition")),
    # confidence given is support
    ("Iraq's parliament gave its confidence to a government led by Mustafa al-Kadhimi.",
     ("iraqi_parliament", "supports", "iraqi_government")),
    # who heads a part of a group is one of the group
    ("Abu Taqi al-Saidi, who commanded a Kataib Hezbollah unit, was killed in the strike.",
     ("abu_taqi_al_saidi", "member_of", "kataib_hezbollah")),
    # a reduced relative in a clause coordinated with another, which the parser took for the clause's verb
    ("Nujaba was built around that war, and Kataib Hezbollah, Asaib Ahl al-Haq and units tied to the Badr "
     "Organization fought beside Syrian troops with backing from Iran's Quds Force.",
     ("quds_force", "supports", "badr_organization")),
    # an "in" phrase the parser hung on the preposition before the name it places
    ("Fighters burned their rifles at the Jasana cave, near Dukan in Sulaimani province.",
     ("dukan", "located_in", "sulaimani_province")),
    # who voices a message on behalf of another speaks for it
    ("Bese Hozat read a statement on behalf of the PKK.", ("bese_hozat", "spokesperson_for", "pkk")),
    ("Abu Ali al-Askari said in a statement on behalf of Kataib Hezbollah that the truce was over.",
     ("abu_ali_al_askari", "spokesperson_for", "kataib_hezbollah")),
    # a member enrolled at a body, or attached to it
    ("Elizabeth Tsurkov, a doctoral student enrolled at Princeton University, was kidnapped in Baghdad.",
     ("elizabeth_tsurkov", "member_of", "princeton_university")),
    ("Hussein Ali Jaber, an officer attached to the Joint Operations Command, was killed.",
     ("hussein_ali_jaber", "member_of", "iraqi_joint_operations_command")),
    # those who issue a joint message agreed on it together
    ("The United States and Iraq on Friday released a joint statement fixing a timeline for ending the mission.",
     ("united_states", "negotiates_with", "iraq")),
    ("In a joint statement, Washington and Baghdad said the coalition mission would end in 2025.",
     ("united_states", "negotiates_with", "iraq")),
    # who is set, pitted or turned against another opposes it
    ("Kadhimi promised to rein in the militias. That has set him against Kataib Hezbollah.",
     ("mustafa_al_kadhimi", "opposes", "kataib_hezbollah")),
    ("The vote pitted the Sadrist movement against the Coordination Framework.",
     ("sadrist_movement", "opposes", "coordination_framework")),
    # a state's position taken on something, or that a verb of stance takes, is the state's stance
    ("Kataib Hezbollah rejected the U.S. position.", ("kataib_hezbollah", "opposes", "united_states")),
    ("Kataib Hezbollah criticised the American position on the law.", ("kataib_hezbollah", "accuses", "united_states")),
    # counted fighters no group is named with are the people a list as long names next
    ("A Turkish drone struck a vehicle near Penjwin on Saturday, killing two fighters. Local officials later named the "
     "dead as Ahmed Karim and Hassan Ali.", ("turkish_armed_forces", "kills", "hassan_ali")),
    # a threat of attacks on a state's forces, on a condition the state is to meet, threatens the state too
    ("Kataib Hezbollah threatened to resume attacks on US forces if Washington did not withdraw its troops.",
     ("kataib_hezbollah", "threatens", "united_states")),
    # forces a base hosts are where the parser hangs the place on the verb of hosting
    ("A drone attack on a base hosting US troops in eastern Syria injured two soldiers.",
     ("us_forces", "deployed_in", "syria")),
    # more attacks vowed are on those the vow's maker attacked
    ("The Houthis launched missiles at Israel on Monday. The group vowed further attacks.",
     ("houthis", "threatens", "israel")),
    # who helped carry out an attack another did is charged with it too
    ("US officials said the attack was carried out by Kataib Hezbollah with the help of the Quds Force.",
     ("united_states", "accuses", "quds_force")),
    # what a name is said to be describes it: a backed group so described is the name's backer's
    ("Kataib Hezbollah is an Iran-backed militia.", ("iran", "supports", "kataib_hezbollah")),
    ("Kataib Hezbollah is one of the most powerful Iran-backed militias in Iraq.",
     ("iran", "supports", "kataib_hezbollah")),
    # a force patrolling a place, or on patrol in it, is deployed there
    ("Federal Police units patrolled Baghdad on Sunday.", ("iraqi_federal_police", "deployed_in", "baghdad")),
    ("Iraqi Federal Police vehicles on patrol in Baghdad.", ("iraqi_federal_police", "deployed_in", "baghdad")),
    # an armed force named by its own name is placed by its prepositions, as a military noun is
    ("The coalition in Syria struck Islamic State.", ("international_coalition", "deployed_in", "syria")),
    # a militia commander killed in a strike is killed by the strike's state
    ("Halbousi met the envoy a day after the assassination of a senior militia commander in a U.S. drone strike. "
     "The commander, Mushtaq al-Jawari, known as Abu Taqwa, was a leader in Harakat al-Nujaba.",
     ("united_states", "kills", "abu_taqwa_al_saidi")),
    # a long name's short form in brackets right before a role names what the role is of
    ("Meanwhile, Patriotic Union of Kurdistan (PUK) leader Bafel Talabani met with the U.S. consul general in Erbil.",
     ("bafel_talabani", "leads", "patriotic_union_of_kurdistan")),
    # the parts that make up a share of a whole are its members
    ("The Iran-aligned armed factions that make up much of Iraq's Popular Mobilization Forces have spent two "
     "decades building a state.",
     ("iran_backed_militias", "member_of", "popular_mobilization_forces")),
    # what a clause tells of a whole, one of which a name is said to be, it tells of the name
    ("Ali al-Asadi heads the political council of Harakat al-Nujaba, one of the Iraqi factions that Washington has "
     "designated as terrorist organizations.", ("united_states", "accuses", "harakat_al_nujaba")),
    # "the faction" in a claim its speaker dismisses is the speaker's group, his by the verb of leading he heads
    ("Ali al-Asadi heads the political council of Harakat al-Nujaba. He said Iran had backed Iraqis against ISIS "
     "when others abandoned them. He dismissed U.S. accusations that the faction received weapons from Iran.",
     ("united_states", "accuses", "harakat_al_nujaba")),
    # a lowercase noun of organisations ending a name, "of" a person named with a title, is led by the person
    ("The bill was backed by the State of Law coalition of former prime minister Nouri al-Maliki.",
     ("nouri_al_maliki", "leads", "state_of_law_coalition")),
    # a definite description set off after a name ending an "of" phrase describes the name
    ("The bill's sponsors, including members of the Sadiqoun bloc, the political wing of Asaib Ahl al-Haq, said "
     "the presence of foreign troops had become a source of instability.",
     ("sadiqoun_bloc", "member_of", "asaib_ahl_al_haq")),
    # a past with a subject of its own after ", and" goes on with the telling, not with the perfect it reports
    ("Ali al-Asadi, a Nujaba leader, spoke about Prime Minister Mohammed Shia al-Sudani. He said the prime minister "
     "had made promises about the withdrawal of foreign forces but had not kept them, and he urged him to end the "
     "coalition's mission this year.", ("ali_al_asadi", "demands", "mohammed_shia_al_sudani")),
    # talks one will go on with are talks held
    ("A State Department spokesman said Washington would continue talks with the Iraqi government.",
     ("united_states", "negotiates_with", "iraqi_government")),
    # a group description set off after the name an attack was blamed "on" describes the name
    ("Washington has blamed that attack on the Islamic Resistance in Iraq, a coalition of Iran-backed militias that "
     "includes Kataib Hezbollah.", ("kataib_hezbollah", "member_of", "islamic_resistance_in_iraq")),
    # the dead a verb of listing gives as members of a group are the group's, killed by the last attacker told
    ("Israeli warplanes struck positions of Iran-backed militias near Albu Kamal on Tuesday, killing at least eight "
     "fighters, a war monitor said. The monitor said the dead included members of the Fatemiyoun Brigade.",
     ("israel_defense_forces", "kills", "fatemiyoun_brigade")),
    # backing a stance verb's preposition takes stands for its backer
    ("Turkey strongly objects to U.S. support for the YPG.", ("turkey", "opposes", "united_states")),
    # a "where" clause after a place a base is only near places forces at the base, so an attack on it is on them
    ("The Islamic Resistance in Iraq claimed an attack on the Victoria base near Baghdad International Airport, "
     "where American forces are stationed.", ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # a group that operates as another's units is its member, whether the owner comes by "of" or by a possessive
    ("Kataib Hezbollah operates as the PMF's 45th, 46th and 47th brigades.",
     ("kataib_hezbollah", "member_of", "popular_mobilization_forces")),
    # an attack a stance is taken on, by the agent its noun names, is told: "the strikes" after it are that agent's
    ("The Houthis have attacked dozens of commercial ships since November 2023. Iran's foreign ministry condemned "
     "the U.S. strikes as a flagrant violation of Yemen's sovereignty. Iraq's Kataib Hezbollah also denounced the "
     "strikes.", ("kataib_hezbollah", "accuses", "united_states")),
    # throwing one's weight behind another supports it
    ("The Coordination Framework threw its weight behind Mahmoud al-Mashhadani after weeks of talks.",
     ("coordination_framework", "supports", "mahmoud_al_mashhadani")),
    # who gave the orders a killing was done on killed
    ("Qassem Soleimani was assassinated on Trump's orders in January 2020.",
     ("donald_trump", "kills", "qasem_soleimani")),
    ("Qassem Soleimani was killed on the orders of Donald Trump in January 2020.",
     ("donald_trump", "kills", "qasem_soleimani")),
    # a role a participle of naming gives a name is the named one's, whatever its article
    ("Iraqi security forces killed an ISIS leader known as Abu Khadija in a joint operation.",
     ("iraqi_security_forces", "kills", "abu_khadija")),
    # a name set off by a colon labels the entry after it, even where the parser made it the sentence's root
    ("Kataib Hezbollah fired rockets. Harakat al-Nujaba: Led by Akram al-Kaabi, the movement split from Asaib Ahl "
     "al-Haq in 2013.", ("akram_al_kaabi", "leads", "harakat_al_nujaba")),
    # two plurals after a verb of labelling are the object and its label, whatever the tagger made of the label
    ("Iran-backed militias fired rockets at the embassy. Muqtada al-Sadr called the militias outlaws who must be "
     "disarmed.", ("muqtada_al_sadr", "accuses", "iran_backed_militias")),
    # a number picks out every name it is set beside as one of a whole's parts
    ("But Kataib Hezbollah and Harakat al-Nujaba, two of the most powerful groups in the Popular Mobilization Forces, "
     "reject any truce.", ("harakat_al_nujaba", "member_of", "popular_mobilization_forces")),
    # a group's negotiator is one of its members
    ("Mohammed Abdulsalam, the Houthis' chief negotiator, said the strikes would not deter the group.",
     ("mohammed_abdulsalam", "member_of", "houthis")),
    # joining strikes is striking
    ("Britain's defence secretary, Grant Shapps, said the Royal Air Force had joined the strikes on Houthi radar "
     "sites.", ("british_armed_forces", "attacks", "houthis")),
    # a reported clause's object the parser took for the source's subject is the object
    ("ANKARA, July 12 (Reuters) - Turkish warplanes killed 12 Kurdistan Workers Party (PKK) militants in air strikes "
     "on the Gara and Hakurk regions of northern Iraq, Turkey's defence ministry said on Friday.",
     ("turkish_armed_forces", "kills", "pkk")),
    # "his government" after a head of government whose title is set off after the name
    ("Ahmed al-Sharaa, Syria's interim president, has vowed to end Iran's influence. His government has accused "
     "Tehran of trying to destabilise Syria.", ("syrian_government", "accuses", "iran")),
    # attacks one would not stop go on
    ("Akram al-Kaabi said the resistance would not stop its attacks on US forces.",
     ("akram_al_kaabi", "threatens", "us_forces")),
    # acting with another's support, the phrase hung on the subject set off or on the time of the act
    ("The Houthis, with the support of Iran, have attacked dozens of ships.", ("iran", "supports", "houthis")),
    ("The shipment was destined for Hezbollah, the Lebanese group that fought alongside Assad's forces during the "
     "civil war with the backing of Tehran.", ("iran", "supports", "hezbollah")),
    # a capital the registry does not list acts as its state; being in contact is holding talks
    ("Japan's foreign minister said Tokyo was in direct contact with the Houthis.",
     ("japan", "negotiates_with", "houthis")),
    # who a label calling an act a wrong names on it did the act
    ("The Israeli prime minister's office called the seizure of the ship an Iranian act of terrorism.",
     ("israeli_prime_ministers_office", "accuses", "iran")),
    ("Israel condemned the attack on the ship as Iranian aggression.", ("israel", "accuses", "iran")),
    # the factions that dominate a body are in it, and so is each one given as an example of them
    ("The factions that dominate the PMF, including Kataib Hezbollah and Asaib Ahl al-Haq, back the bill.",
     ("asaib_ahl_al_haq", "member_of", "popular_mobilization_forces")),
    # the leader of a group's unit stands for the group
    ("The Syrian Democratic Forces said they had arrested an ISIS cell leader in Deir ez-Zor province.",
     ("syrian_democratic_forces", "attacks", "islamic_state")),
    # an interview the parser hung on the clause reported is its speaker's
    ("Iran's ambassador to Iraq, Mohammad Kazem Al-e Sadegh, said on Sunday that Tehran supported the Iraqi "
     "government and had no control over the armed factions, in an interview with the Iraqi channel Al-Sumaria.",
     ("mohammad_kazem_al_e_sadegh", "quoted_by", "al_sumaria")),
    # the source set off before the reporting verb is its subject, not the apposition of the noun before it
    ("Israeli warplanes struck positions of Iran-backed militias near the eastern Syrian city of Deir ez-Zor "
     "overnight, killing at least 12 fighters, a war monitor said Sunday.",
     ("israel_defense_forces", "kills", "iran_backed_militias")),
    # responsibility claimed for an attack, the "for" hung on the verb of claiming
    ("A little-known group calling itself Ashab al-Kahf claimed responsibility on Tuesday for a drone attack on "
     "Erbil International Airport, where U.S.-led coalition troops are stationed.",
     ("ashab_al_kahf", "attacks", "international_coalition")),
    # avenging the dead of an aggression threatens the aggressor
    ("The Islamic Resistance in Iraq has vowed to avenge the martyrs of the recent American aggression on the "
     "positions of the Popular Mobilization Units in al-Qaim.", ("islamic_resistance_in_iraq", "threatens",
                                                                 "united_states")),
    # a participle of demand set off after a reported clause, or after a relative clause on the object, goes on
    # with the verb of saying or denouncing
    ("Kanaani said the presence of US forces in the region was the main cause of insecurity, urging Washington to "
     "stop its adventurism.", ("nasser_kanaani", "demands", "united_states")),
    ("The Kurdistan Region's Department of Foreign Relations on Monday denounced a Turkish bombardment that killed two "
     "civilians in a village of Duhok province, calling on Ankara to respect the lives of civilians.",
     ("department_of_foreign_relations", "demands", "turkey")),
    # "whose government" after a head of government is the government he heads
    ("The statement was welcomed by Prime Minister Mohammed Shia al-Sudani, whose government has been under pressure "
     "from Washington to disarm the factions.", ("united_states", "demands", "iraqi_government")),
    # "which" hung on a person's role is the clause of the group the role is of
    ("Mohammed Mohi, a spokesman for Kataib Hezbollah which belongs to the Popular Mobilization Forces, spoke.",
     ("kataib_hezbollah", "member_of", "popular_mobilization_forces")),
    # a state closing a "pro-" modifier opens no longer name
    ("Sudani owes his office to the pro-Iran Coordination Framework.", ("coordination_framework", "supports", "iran")),
    # a noun whose own phrase names its referents the doers of an act told before stands for them
    ("A U.S. drone strike killed Qassem Soleimani on Friday. Iran's Supreme Leader Ayatollah Ali Khamenei vowed "
     "\"harsh revenge\" on the criminals who carried out the killing.", ("ali_khamenei", "threatens", "united_states")),
    ("A U.S. drone strike killed Qassem Soleimani on Friday. Khamenei condemned those responsible for the killing.",
     ("ali_khamenei", "accuses", "united_states")),
    # a noun after a name, with an "of" of its own, is coordinated with the noun before that name
    ("The Framework includes the Fatah coalition of Hadi al-Amiri and the State of Law bloc of former prime minister "
     "Nouri al-Maliki.", ("state_of_law_coalition", "member_of", "framework")),
    # examples of people hung on a group's plural-formed name are the people's
    ("Among the crowd were senior leaders of the Popular Mobilization Forces, including Abu Mahdi al-Muhandis and Qais "
     "al-Khazali.", ("qais_khazali", "member_of", "popular_mobilization_forces")),
    # a name described after ", and" goes with the last name described before it
    ("Among the crowd were senior leaders of the Popular Mobilization Forces, including Abu Mahdi al-Muhandis, the "
     "deputy head of the umbrella organization, and Qais al-Khazali, the leader of Asaib Ahl al-Haq.",
     ("qais_khazali", "member_of", "popular_mobilization_forces")),
    # a "where" clause on an unnamed place tells of where the place is
    ("Russia accused the United States of smuggling oil from fields in eastern Syria, where American troops have been "
     "stationed since 2019.", ("us_forces", "deployed_in", "syria")),
    # a deal owned by an actor stands for the actor
    ("Kataib Hezbollah opposes the Iraqi government's deal with Turkey.",
     ("kataib_hezbollah", "opposes", "iraqi_government")),
    # one said to have carried out an act told is charged with it, by whoever says so
    ("Iraq blamed Turkish forces for the attack. Turkey's foreign ministry denied that its troops were behind the "
     "shelling and suggested that the Kurdistan Workers Party (PKK), which Ankara has fought for decades, had carried "
     "it out.", ("turkish_foreign_ministry", "accuses", "pkk")),
    # an act says nothing: "they said" after acts told is the group that spoke before
    ("Iran's Revolutionary Guards said they struck Erbil. The Guards said the strikes were a response to Israel's "
     "crimes. In a separate statement, they said they had also hit Islamic State positions in Syria's Idlib province.",
     ("irgc", "attacks", "islamic_state")),
    # the deputy word the parser hangs on the name beside the role still makes a deputy
    ("The PMF's deputy chief Abu Mahdi al-Muhandis spoke.",
     ("abu_mahdi_al_muhandis", "member_of", "popular_mobilization_forces")),
    # an apposition does not reach back over a verb: it describes the noun before its comma
    ("Sudani's list was followed by the State of Law coalition of former premier Nouri al-Maliki and by the Sadiqoun "
     "bloc, the political arm of the Iran-backed Asaib Ahl al-Haq militia.",
     ("sadiqoun_bloc", "member_of", "asaib_ahl_al_haq")),
    # a hyphenated "re-" is split off the verb, which reads as itself
    ("Abdulsalam said the strikes would not deter the Houthis, which the United States recently re-designated as a "
     "terrorist organisation.", ("united_states", "accuses", "houthis")),
    # a name set off after a fronted participle's agent is the verb's subject
    ("HARAKAT AL-NUJABA\nLed by Sheikh Akram al-Kaabi, al-Nujaba split from Asaib Ahl al-Haq in 2013.",
     ("akram_al_kaabi", "leads", "harakat_al_nujaba")),
    # a state has troops, not fighters: "its fighters" is the group's
    ("Kataib Hezbollah receives weapons from Iran's Quds Force. Washington designated it a terrorist organisation in "
     "2009. Its fighters are formally part of the Popular Mobilization Forces as Brigades 45, 46 and 47.",
     ("kataib_hezbollah", "member_of", "popular_mobilization_forces")),
    # a gerund after a copula's preposition is done by the copula's subject
    ("Harakat al-Nujaba has been among the most vocal in demanding the expulsion of American troops.",
     ("harakat_al_nujaba", "demands", "us_forces")),
    # a site of a group's coordinated after a place goes with the site before the place
    ("Iran's Revolutionary Guards launched drones at the bases of Iranian Kurdish opposition groups. The strikes hit "
     "the headquarters of the Democratic Party of Iranian Kurdistan (KDPI) near Koya, east of Erbil, and camps of the "
     "Komala party near Sulaimaniyah.", ("irgc", "attacks", "komala")),
    # one "made to regret" an act is threatened
    ("The IRGC said the Zionist regime would be made to regret the crime.", ("irgc", "threatens", "israel")),
    # a force "in the country" is not in the state its phrase names as its leader
    ("BAGHDAD, Jan 27 (Reuters) - The United States and Iraq on Saturday began talks on the future of the U.S.-led "
     "military coalition in the country, Iraqi officials said.", ("international_coalition", "deployed_in", "iraq")),
    # two acts coordinated after "and the", however the parser hung or tagged the second
    ("Sudani's government has condemned both the attacks on U.S. forces by armed factions and the U.S. strikes in "
     "response.", ("iraqi_government", "accuses", "united_states")),
    ("Sudani's government has condemned the attacks on U.S. forces and the U.S. strikes.",
     ("iraqi_government", "accuses", "united_states")),
    # one named as an owner is no side of a fight
    ("Gunfire erupted when members of Saraya al-Salam, the armed wing of Sadr's movement, exchanged fire with fighters "
     "from the Popular Mobilization Forces. In a televised speech, Sadr criticised both sides.",
     ("muqtada_al_sadr", "accuses", "popular_mobilization_forces")),
    # two subjects joined by "and", which the parser (and a dateline before them) left two subjects
    ("Iraqi factions, Houthis claim joint drone strike on Israeli port\n\nBAGHDAD (Reuters) - The Islamic Resistance "
     "in Iraq and Yemen's Houthis said on Thursday they had jointly launched drones at a \"vital target\" in the "
     "Israeli port of Haifa.",
     ("islamic_resistance_in_iraq", "attacks", "israel")),
    # the determiner of the noun the parser hung a role on, right before the role's phrase, is the role's
    ("Abu Fadak al-Mohammedawi, a veteran Kataib Hezbollah commander, spoke.",
     ("abu_fadak_al_muhammadawi", "member_of", "kataib_hezbollah")),
    # a part set off after a name is the named group, which its head leads
    ("The Babylon Brigades, a PMF unit led by Rayan al-Kildani, hold seats in parliament.",
     ("rayan_al_kildani", "leads", "babylon_brigades")),
    # telling one it must act demands it of the one told
    ("The State Department told Baghdad it must stop paying salaries to militia fighters.",
     ("us_state_department", "demands", "iraq")),
    # a name opened by an installation's title is a place
    ("Rockets hit Camp Saqr south of Baghdad, and Camp Speicher in Salahuddin was also hit.",
     ("camp_speicher", "located_in", "salahaddin_province")),
    # a name set off after an object picking one out of an office's holders is that holder
    ("Harakat al-Nujaba said a U.S. drone strike on its headquarters had killed one of its senior commanders, "
     "Mushtaq Talib al-Saidi, known as Abu Taqwa, and another member.",
     ("abu_taqwa_al_saidi", "member_of", "harakat_al_nujaba")),
    ("A U.S. drone strike killed one of the group's senior commanders, Mushtaq Talib al-Saidi, in Baghdad.",
     ("united_states", "kills", "abu_taqwa_al_saidi")),
    # a name the NER passed by, set off as an office's apposition, is the office holder's
    ("The mayor of Sinjar, Nayef Sido, told Rudaw that residents were living in fear of further strikes.",
     ("nayef_sido", "quoted_by", "rudaw")),
    # a relative clause set after a list of names is about every one of them
    ("Kataib Hezbollah and Harakat al-Nujaba, which had deployed hundreds of fighters to Syria to support President "
     "Bashar al-Assad, pulled them back across the border.", ("harakat_al_nujaba", "supports", "bashar_al_assad")),
    # a base coordinated with a base after the place of the first has a place of its own
    ("About 21 U.S. personnel suffered minor injuries in attacks on al-Tanf garrison in southern Syria and al-Asad "
     "airbase in western Iraq.", ("ain_al_asad_airbase", "located_in", "iraq")),
    # attacks told with no agent are those a claim of them later names the agent of, however many it claims
    ("About 21 U.S. personnel suffered minor injuries in attacks on al-Tanf garrison in southern Syria. The Islamic "
     "Resistance in Iraq has claimed most of the attacks.", ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    ("There were attacks on U.S. forces at al-Tanf on Monday. The Islamic Resistance in Iraq claimed the attacks.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # a capital that pays, arms or backs is its state, and salaries are support
    ("The Sinjar Resistance Units are now part of the Popular Mobilization Forces and receive salaries from Baghdad.",
     ("iraq", "supports", "sinjar_resistance_units")),
    # an organisation's groups named with examples, by a possessive pronoun that takes it up
    ("The PMF is formally part of the state security forces. Several of its most powerful factions, including Kataib "
     "Hezbollah and Harakat al-Nujaba, are close to Iran's Revolutionary Guards.",
     ("harakat_al_nujaba", "member_of", "popular_mobilization_forces")),
    # a description the narrator writes takes up no one named only in the words it quotes
    ("Asaib Ahl al-Haq, whose bloc holds 16 seats in parliament, criticised the delay. \"The Hashd is a state "
     "institution and its law is an Iraqi matter,\" said Salam al-Jazairi, a lawmaker from the group's Sadiqoun bloc.",
     ("sadiqoun_bloc", "member_of", "asaib_ahl_al_haq")),
    # a "whose" clause the parser coordinated with the verb before the name, after the name's short form in brackets
    ("Among the parties hit was the Kurdistan Democratic Party of Iran (KDPI), whose spokesman Mohammed Saleh Qaderi "
     "said a pregnant woman was among the dead.",
     ("mohammed_saleh_qaderi", "spokesperson_for", "kurdistan_democratic_party_of_iran")),
    # one a coordinated passive of regarding describes is its first verb's subject
    ("Kataib Hezbollah was founded in 2007. The group is designated a terrorist organization by the United States and "
     "is widely seen as Tehran's most loyal proxy in Iraq.", ("iran", "supports", "kataib_hezbollah")),
    # a group's "its" owns a named part as the group's name would
    ("Asaib Ahl al-Haq fought U.S. forces. It now holds seats in parliament through its Sadiqoun bloc.",
     ("sadiqoun_bloc", "member_of", "asaib_ahl_al_haq")),
    # attacks undergone by no one named are those a later "were carried out by" names the agent of
    ("Since Oct. 17, U.S. and coalition forces have been attacked at least 61 times, 29 times in Iraq and 32 times "
     "in Syria. The attacks were carried out by Iranian-backed militia groups.",
     ("iran_backed_militias", "attacks", "us_forces")),
    ("Rockets struck U.S. forces at the base. The attack was carried out by Kataib Hezbollah.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # a description set off after a name's short form in brackets, which the parser hung before the verb
    ("The raid was conducted in coordination with the Syrian Democratic Forces (SDF), a U.S.-backed Kurdish-led "
     "militia.", ("united_states", "supports", "syrian_democratic_forces")),
    # a party's adjective on a legislator's title names the party he is one of
    ("Republican Rep. Joe Wilson urged the administration to blacklist the Badr Organization.",
     ("joe_wilson", "member_of", "republican_party")),
    ("Democratic Senator Chris Murphy criticized the strikes on Iran.",
     ("chris_murphy", "member_of", "democratic_party")),
    # a side named on a role that leads what its "of" names is the holder's side, not what he leads
    ("Senator Roger Wicker, the Republican chairman of the Armed Services Committee, criticized the Pentagon.",
     ("roger_wicker", "member_of", "republican_party")),
    # the palace of a republic is a place of its own, not a party's
    ("Protesters stormed the Republican Palace in the Green Zone.", ("republican_palace", "located_in", "green_zone")),
    # two verbs coordinated after a name, taken for plural nouns
    ("Iran funds and arms Kataib Hezbollah, officials say.", ("iran", "supports", "kataib_hezbollah")),
    # a base-form verb after "and" taken for a word of the name after it
    ("The coalition continued to train and equip Peshmerga fighters.",
     ("international_coalition", "supports", "peshmerga")),
    # a name set off by commas after "the speaker of parliament", which the parser hung on a verb over it
    ("More than 100 Iraqi lawmakers signed a petition calling on the speaker of parliament, Mohammed al-Halbousi, to "
     "schedule a vote.", ("mohammed_al_halbousi", "leads", "iraqi_parliament")),
    # a US state's abbreviation in a dateline names the state
    ("ARLINGTON, Va. - The Pentagon said on Monday that it had struck Kataib Hezbollah.",
     ("arlington", "located_in", "virginia")),
    # a name set off after a fronted phrase that ends in a day, with its description after it
    ("In a statement on Monday, Abu Ali al-Askari, the security official of Kataib Hezbollah, said the attacks would "
     "continue.", ("abu_ali_al_askari", "member_of", "kataib_hezbollah")),
    # an infinitive after a noun of threat, hung by the parser on a noun further back; a state named only through
    # its parliament is the country taken up
    ("Iraq's parliament convened for a special session on Israeli threats to strike targets inside the country.",
     ("israel", "threatens", "iraq")),
    ("Iraq's parliament discussed Israeli threats to strike targets inside the country.",
     ("israel", "threatens", "iraq")),
    # a meeting over threats answers none of them
    ("Iraq's parliament met on Monday over Israeli threats to strike targets inside the country.",
     ("israel", "threatens", "iraq")),
    # a part of the attacks told before, taken up by a pronoun, claimed actively or in the passive
    ("Drones struck U.S. forces three times this week. The Islamic Resistance in Iraq claimed two of them.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    ("Drones struck U.S. forces three times this week. Most of them were claimed by the Islamic Resistance in Iraq.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # "most of them" after a clause with a plural object is a part of the object, the attacks, whoever made them
    ("Attacks by Iran-backed militias continue. He said the militias had launched more than 170 attacks on U.S. "
     "forces since October, and that most of them had been claimed by the Islamic Resistance in Iraq.",
     ("islamic_resistance_in_iraq", "attacks", "us_forces")),
    # a unit is of the armed group its "of" names
    ("Israeli jets bombed positions of the 12th and 13th brigades of the Popular Mobilization Forces near Albu Kamal.",
     ("israel_defense_forces", "attacks", "popular_mobilization_forces")),
    # "they"/"them" taking up an armed group the sentence before told of, where no plural fits
    ("Kurdish interior minister Rebar Ahmed said the PKK had brought ruin to the border villages. He said Erbil had "
     "asked them many times to leave.", ("kurdistan_regional_government", "demands", "pkk")),
    # "the group" after a group named where an earlier "a group" was only denied
    ("Iraqi police did not name a group. An official said the gunmen belonged to Saraya Awliya al-Dam, a small "
     "militia. The group accused the government of serving Washington.",
     ("saraya_awliya_al_dam", "accuses", "iraqi_government")),
    # the collective's leaders, named by a bare noun of it on a plural role
    ("Iran-backed militias have fired rockets at the embassy. The Quds Force commander met militia leaders in Baghdad "
     "and urged them to halt the attacks.", ("quds_force", "negotiates_with", "iran_backed_militias")),
    # a title run into its holder's name after a fronted phrase
    ("Speaking to reporters in Erbil, British Ambassador to Iraq Stephen Hickey said the attacks must stop.",
     ("stephen_hickey", "official_of", "united_kingdom")),
    ("In an interview with Al-Monitor, U.S. Ambassador to Iraq Alina Romanowski said the attacks must stop.",
     ("alina_romanowski", "official_of", "united_states")),
    # the assailants killed are those who last attacked the killer
    ("ISIS militants attacked Iraqi army positions near Tarmiyah. Iraqi troops fought back and killed three of the "
     "attackers.", ("iraqi_security_forces", "kills", "islamic_state")),
    # a seat of a government asked by a verb and its preposition is the government
    ("The UN envoy, Jeanine Hennis-Plasschaert, called on Baghdad and Erbil to settle the dispute over salaries.",
     ("jeanine_hennis_plasschaert", "demands", "kurdistan_regional_government")),
    # one warned off acting is an actor
    ("Nujaba leader Akram al-Kaabi warned Erbil against hosting Israeli agents.",
     ("akram_al_kaabi", "demands", "kurdistan_regional_government")),
    # the commander named on one command leads it ("CENTCOM commander X"), where a group's is one of several
    ("\"The attacks must stop,\" Central Command commander Gen. Kenneth McKenzie told reporters.",
     ("kenneth_mckenzie", "leads", "us_central_command")),
    # a state recalled as an attack's target is that state, not its armed force reached through the weapon's noun
    ("Iran-backed militants in Syria launched a drone toward Israel on Monday. The Israeli army said the drone was "
     "launched by Kataib Hezbollah.", ("kataib_hezbollah", "attacks", "israel")),
    # mocking is a criticism
    ("Qais al-Khazali mocked Prime Minister Mustafa al-Kadhimi in a televised speech.",
     ("qais_khazali", "accuses", "mustafa_al_kadhimi")),
    # "the government" in a story naming the state by its institutions more than another by its names is its
    ("Asaib Ahl al-Haq leader Qais al-Khazali said his group backed the government's efforts. He said Iraq's "
     "parliament had spoken and that the federal government must act. Asked about Iran, he said the Islamic "
     "Republic had never asked his group to attack anyone.", ("asaib_ahl_al_haq", "supports", "iraqi_government")),
    # a person's movement named by the registry's alias
    ("Saraya al-Salam, the armed wing of Sadr's movement, took over checkpoints in Samarra.",
     ("saraya_al_salam", "member_of", "sadrist_movement")),
    # a director heads what he directs; a group's function director is one of the group
    ("Hamid al-Shatri, the director of the Iraqi National Intelligence Service, met the envoy.",
     ("hamid_al_shatri", "leads", "iraqi_intelligence_service")),
    ("Mohannad al-Aqabi, the PMF's media director, told reporters the strikes were illegal.",
     ("mohannad_al_aqabi", "member_of", "popular_mobilization_forces")),
    # a participle set off after the subject of a dateline's sentence describes the subject
    ("Iran stands with Iraq, Raisi says\n\nTEHRAN (IRNA) – Iranian President Ebrahim Raisi, speaking after talks "
     "with Iraqi Prime Minister Mohammed Shia al-Sudani in Tehran, said the Islamic Republic would stand by Iraq.",
     ("ebrahim_raisi", "negotiates_with", "mohammed_shia_al_sudani")),
    # a government body keeps its state's troops: the state's armed force is there
    ("US forces came under fire twice this week. The Pentagon keeps about 900 troops in Syria.",
     ("us_forces", "deployed_in", "syria")),
    # the doer named "at the hands of", on a verb or on the noun of the act
    ("Qassem Soleimani was martyred at the hands of the American occupier, the Nujaba spokesman said.",
     ("us_forces", "kills", "qasem_soleimani")),
    ("Kataib Hezbollah marked the anniversary of the martyrdom of Abu Mahdi al-Muhandis at the hands of US forces.",
     ("us_forces", "kills", "abu_mahdi_al_muhandis")),
    # names the resistance outlets give states
    ("The Nujaba leader said the resistance would keep striking the usurping entity.",
     ("harakat_al_nujaba", "threatens", "israel")),
    ("Khamenei said the Great Satan was behind the unrest.", ("ali_khamenei", "accuses", "united_states")),
    # who says a harm will be avenged threatens whoever did it
    ("A US drone strike killed two Kataib Hezbollah commanders in Baghdad. The group said the strike would be "
     "avenged.", ("kataib_hezbollah", "threatens", "united_states")),
    # the ends of a range set off after a plural noun are examples of it
    ("For years the Quds Force has armed Iraq's militias, from the Badr Organization to Asaib Ahl al-Haq and Kataib "
     "Sayyid al-Shuhada.", ("quds_force", "supports", "asaib_ahl_al_haq")),
    # a deal that would prolong a stay is about who stays
    ("Harakat al-Nujaba rejected any agreement that would prolong the presence of American forces.",
     ("harakat_al_nujaba", "opposes", "us_forces")),
    # an act whose noun says how long it went on is told of, whatever is said of its end
    ("The PKK announced it would end its four-decade armed campaign against Turkey.", ("pkk", "attacks", "turkey")),
    # a penalty of the speaker's own, announced to come, threatens whom it falls on
    ("Washington warned that it could impose sanctions on Iraq if U.S. troops were expelled.",
     ("united_states", "threatens", "iraq")),
    # a pronoun a state lists as a terrorist group takes up the group, not a state named nearer
    ("Ankara regards the PKK, which has waged an insurgency against the Turkish state since 1984, as a terrorist "
     "organization. The United States and the European Union also list it as a terrorist group.",
     ("united_states", "accuses", "pkk")),
    # a militia named under a leader's possessive is the one its own name names
    ("Sadr, who leads the Sadrist movement, has long opposed the American presence in Iraq. His Mahdi Army militia "
     "fought U.S. troops after the 2003 invasion.", ("mahdi_army", "attacks", "us_forces")),
    # one committed to an act does it
    ("Vowell said the coalition remained committed to supporting the Peshmerga.",
     ("international_coalition", "supports", "peshmerga")),
    # of the states its sentence names, a bare government is the one the sentence before told of
    ("Syria's interim government accused Iraqi militias of smuggling weapons. Iraqi officials denied the claim. "
     "\"Iraq does not interfere in Syrian affairs,\" government spokesman Basim al-Awadi said.",
     ("basim_al_awadi", "spokesperson_for", "iraqi_government")),
    # Iraqi militias are the collective
    ("Syria's new authorities accused Iraqi armed groups of smuggling weapons across the border.",
     ("syria", "accuses", "iran_backed_militias")),
    # targets told as used by a group are attacked by the striker
    ("U.S. aircraft struck weapons storage facilities on the Iraq-Syria border on Sunday. The targets were used by "
     "Kataib Hezbollah, Pentagon press secretary John Kirby said.", ("us_forces", "attacks", "kataib_hezbollah")),
    # closing one's embassy unless another acts threatens the other
    ("Washington warned it would close its embassy in Baghdad unless the Iraqi government reined in the militias.",
     ("united_states", "threatens", "iraqi_government")),
    ("Pompeo said the United States would withdraw its diplomats if the Iraqi government did not stop the attacks.",
     ("mike_pompeo", "threatens", "iraqi_government")),
    # an attack told again by its weapon is the one told before
    ("A U.S. drone strike in Baghdad killed a senior commander of Kataib Hezbollah. Abu Baqir al-Saadi, who was in "
     "charge of the group's operations in Syria, was killed along with two bodyguards when a drone hit their car.",
     ("united_states", "kills", "abu_baqir_al_saadi")),
    # who backs an effort to end a mission opposes whose mission it is
    ("Kataib Hezbollah backed the prime minister's efforts to end the coalition's mission.",
     ("kataib_hezbollah", "opposes", "international_coalition")),
    # talking a wrong over charges whoever the wrong's own words name
    ("Parliament speaker Mohammed al-Halbousi called for an emergency session to discuss the \"repeated Turkish "
     "aggression.\"", ("mohammed_al_halbousi", "accuses", "turkey")),
    # a name the tagger took for the subject of an event noun it took for a verb is the noun's modifier
    ("The Iraqi parliament's Security and Defence Committee said on Tuesday that U.S. airstrikes on PMF positions in "
     "Qaim violated the Strategic Framework Agreement between Baghdad and Washington.",
     ("security_and_defence_committee", "accuses", "united_states")),
    ("U.S. airstrikes on PMF positions in Qaim killed four fighters.",
     ("united_states", "attacks", "popular_mobilization_forces")),
    # seeking a pretext for harm is a fault
    ("Baghdad rejected the letter, saying Israel was seeking a pretext to attack Iraq.", ("iraq", "accuses", "israel")),
    # an "adjective" heading a relative clause with a subject and an object is its verb
    ("Fidan said Ankara expected Baghdad to take concrete steps against the PKK, which Turkey and Iraq now both "
     "designate as a banned organisation.", ("turkey", "accuses", "pkk")),
    # the UN mission in Iraq is UNAMI
    ("The United Nations mission in Iraq condemned the killing and called on the Iraqi government to end impunity.",
     ("unami", "demands", "iraqi_government")),
    # a participle in quotes after its auxiliary stays the verb it was read as
    ("Turkey's Defence Ministry said its forces had \"neutralised\" three PKK militants in northern Iraq.",
     ("turkish_armed_forces", "kills", "pkk")),
    # the doer of an infinitive of purpose is the subject above it
    ("MP Hassan Salem said Ambassador Alina Romanowski had met Sunni and Kurdish politicians to undermine the "
     "government.", ("hassan_salem", "accuses", "alina_romanowski")),
    # an organisation's part set off after a person "from" a named body describes the body
    ("Asaib Ahl al-Haq lawmaker: government must expel U.S. ambassador\n\nBAGHDAD (Shafaq News) – A lawmaker from the "
     "Sadiqoun bloc, the political arm of Asaib Ahl al-Haq, called on Thursday for the expulsion of the U.S. "
     "ambassador.", ("sadiqoun_bloc", "member_of", "asaib_ahl_al_haq")),
    # a verb after "and" the parser made the root over a dateline's clause is that clause's second verb
    ("BAGHDAD, July 21 (Reuters) - Iraq accused Turkey on Thursday of shelling a resort in the Kurdistan region that "
     "killed nine tourists and demanded that Ankara withdraw all its troops from Iraqi territory.",
     ("iraq", "demands", "turkey")),
    # a modifier describes its noun whatever a condition around it supposes
    ("Washington said it would act if Baghdad did not rein in the Iran-backed militias.",
     ("iran", "supports", "iran_backed_militias")),
    ("Unless the government disarms Iran-backed factions, the embassy will close.",
     ("iran", "supports", "iran_backed_militias")),
    # "it" after a phrase headed by an actor's own name takes up that actor, not the place in the phrase
    ("Akram al-Kaabi said the American occupation of eastern Syria was illegal and that the resistance had the right "
     "to confront it.", ("akram_al_kaabi", "threatens", "us_forces")),
    # what a mandate is extended or accepted for is whose mandate it is
    ("Asaib Ahl al-Haq rejected any extension of the coalition's mandate.",
     ("asaib_ahl_al_haq", "opposes", "international_coalition")),
    ("Kataib Hezbollah said it would not accept a renewal of the coalition's mandate in Iraq.",
     ("kataib_hezbollah", "opposes", "international_coalition")),
    # the "of" of a crime names who committed it
    ("Harakat al-Nujaba condemned the atrocities of the Zionist occupation entity against civilians.",
     ("harakat_al_nujaba", "accuses", "israel")),
    ("Kataib Hezbollah on Sunday denounced the crimes of Israel in Lebanon.",
     ("kataib_hezbollah", "accuses", "israel")),
    # "the Zionist enemy" is Israel, whose crimes they are
    ("Kataib Hezbollah condemned the crimes of the Zionist enemy in southern Lebanon.",
     ("kataib_hezbollah", "accuses", "israel")),
    # an umbrella set off after the name it describes, though the parser hung it on the subject
    ("Kataib Sayyid al-Shuhada denied the report. The group has been part of the Islamic Resistance in Iraq, an "
     "alliance of Iran-backed factions that has claimed dozens of drone attacks.",
     ("iran_backed_militias", "member_of", "islamic_resistance_in_iraq")),
    # pointing to a named group blames it
    ("The attack went unclaimed, but the Pentagon pointed to Kataib Hezbollah.",
     ("us_department_of_defense", "accuses", "kataib_hezbollah")),
    # a headline's "Iraqi prime minister" is the prime minister the story names, whose state the registry knows
    ("Iraqi prime minister says U.S. troops must leave\n\nBAGHDAD - Prime Minister Mohammed Shia al-Sudani spoke to "
     "reporters after a cabinet meeting on Monday.", ("mohammed_shia_al_sudani", "demands", "us_forces")),
    # a phrase set off after the dead says what group most or all of them were of
    ("A U.S. drone strike killed six fighters, most of them members of Harakat al-Nujaba.",
     ("united_states", "kills", "harakat_al_nujaba")),
    ("Turkish jets killed 11 militants, all of them fighters belonging to the PKK, the ministry said.",
     ("turkish_armed_forces", "kills", "pkk")),
    # a title and the name after it, which the NER took for a product's name, name a person
    ("Lawmaker Mukhtar al-Mousawi of the Badr Organisation rejected the bill.",
     ("mukhtar_al_mousawi", "member_of", "badr_organization")),
    # "Iraq's prime minister" is the one the registry knows holds the office, named with no title
    ("Sudani faces a test\n\nIraq's prime minister took office with the backing of the Coordination Framework in "
     "2022.", ("coordination_framework", "supports", "mohammed_shia_al_sudani")),
    # the "as" of a condemned act, hung on its noun, names its doer
    ("Tehran condemned the killing of Soleimani as an act of state terrorism by the United States.",
     ("iran", "accuses", "united_states")),
    ("Tehran condemned the killing of Soleimani as an act of state terrorism by the United States.",
     ("united_states", "kills", "qasem_soleimani")),
    # the rest of a list after "along with", hung on the verb before as its second object, is on the list
    ("A US strike hit the headquarters, killing commander Abu Baqir al-Saadi along with Hussein al-Daraji, Haider "
     "al-Saadi and Ali al-Moussawi.", ("united_states", "kills", "haider_al_saadi")),
    ("A US strike hit the headquarters, killing commander Abu Baqir al-Saadi along with Hussein al-Daraji, Haider "
     "al-Saadi and Ali al-Moussawi.", ("united_states", "kills", "ali_al_moussawi")),
    # troops kept at unnamed bases are where the bases are, and so are troops kept at a count of bases
    ("Turkey has about 2,000 soldiers at bases in northern Iraq.", ("turkish_armed_forces", "deployed_in", "iraq")),
    ("Turkey keeps thousands of soldiers at dozens of bases in northern Iraq.",
     ("turkish_armed_forces", "deployed_in", "iraq")),
    # a force that arrives somewhere is deployed there
    ("US forces in Iraq were attacked. Hundreds of US Marines arrived in Baghdad on Tuesday.",
     ("us_forces", "deployed_in", "baghdad")),
    # a warning of what one will face if an actor acts threatens that actor, the condition inverted or not
    ("Qais al-Khazali warned of a harsh response if US forces did not leave.",
     ("qais_khazali", "threatens", "us_forces")),
    ("Iran warned of a crushing response should Israel strike its nuclear sites.", ("iran", "threatens", "israel")),
    # a part of a group a possessive says is the group's stands for it
    ("The Popular Mobilization Forces said one of its brigades was hit by a US strike.",
     ("united_states", "attacks", "popular_mobilization_forces")),
    # who wants an actor to leave opposes it
    ("Baghdad wants the coalition to leave by 2025.", ("iraq", "opposes", "international_coalition")),
    # a group's brigades are the group's, in what is said of them
    ("In an interview with Al Mayadeen, Kataib Sayyid al-Shuhada spokesman Kadhim al-Fartousi said the group's "
     "brigades were part of the Popular Mobilization Forces.",
     ("kataib_sayyid_al_shuhada", "member_of", "popular_mobilization_forces")),
    # who answers to another takes its orders
    ("Kataib Hezbollah answers directly to the Quds Force.", ("kataib_hezbollah", "supports", "quds_force")),
    # "Town, X province": the town lies in the province the noun is named on
    ("The strike hit a house in Ramadi, Anbar province.", ("ramadi", "located_in", "anbar")),
    # a place hosts a site it is home to, which lies in it
    ("Two rockets hit the Green Zone, which houses the US embassy.",
     ("united_states_embassy", "located_in", "green_zone")),
    ("Rockets hit the Green Zone, home to the US embassy.", ("united_states_embassy", "located_in", "green_zone")),
    # a named place set before a base of a state "in" another place lies there
    ("Drones hit Kharab al-Jir, a US base in Hasakah province.", ("kharab_al_jir_airport", "located_in", "al_hasakah")),
    # a state's units are its armed force
    ("Turkish units killed 12 PKK militants in northern Iraq.", ("turkish_armed_forces", "kills", "pkk")),
    ("Iraqi units repelled an Islamic State attack.", ("islamic_state", "attacks", "iraqi_security_forces")),
    # service members written as one word, and commandos, are a state's armed force
    ("A drone attack by Kataib Hezbollah wounded three US servicemembers.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    ("Turkish commandos killed four PKK militants in the Metina region.", ("turkish_armed_forces", "kills", "pkk")),
    # a force or a militia affiliated with a group, set beside a name, is the named group's tie
    ("The Sinjar Resistance Units, a Yazidi force affiliated with the PKK, control the town.",
     ("sinjar_resistance_units", "member_of", "pkk")),
    # a group whose name has a thing's word in it is no thing held
    ("Saraya Awliya al-Dam, which is affiliated with Kataib Hezbollah, claimed the attack.",
     ("saraya_awliya_al_dam", "member_of", "kataib_hezbollah")),
    # "there" takes up the place named as where things happen
    ("Ankara regularly strikes PKK positions in the Kurdistan Region and has dozens of military bases there.",
     ("turkish_armed_forces", "deployed_in", "kurdistan_region")),
    # a force's name the parser makes an adjective of its men is still their force
    ("Kataib Hezbollah attacked American military personnel in Baghdad.", ("kataib_hezbollah", "attacks", "us_forces")),
    # "the province" takes up a place named with the word after it
    ("Clashes spread across Deir ez-Zor province on Tuesday. The coalition has troops at the al-Omar oil field in the "
     "province.", ("al_omar_oil_field", "located_in", "deir_ez_zor")),
    # a named base a force owns, or keeps, is where the force is
    ("Rockets hit the Turkish army's Zilkan base.", ("turkish_armed_forces", "deployed_in", "zilkan_base")),
    ("The Turkish army has maintained the Zilkan base since 2015.",
     ("turkish_armed_forces", "deployed_in", "zilkan_base")),
    # a registered party's "of" its leader names the party and the man, who leads it
    ("Kaabi also criticised the Kurdistan Democratic Party of Masoud Barzani.",
     ("masoud_barzani", "leads", "kurdistan_democratic_party")),
    # a message sent in a reported clause, and the participle on it, are the sender's
    ("He said Israel had sent a letter to the U.N. Security Council threatening to strike Iraq.",
     ("israel", "threatens", "iraq")),
    # a force set beside the group whose members are named is the group, whatever noun the parser hangs it on
    ("He said the dead were members of the Sinjar Resistance Units (YBS), a Yazidi force affiliated with the PKK.",
     ("sinjar_resistance_units", "member_of", "pkk")),
    # a speaker who will make an actor leave threatens it
    ("\"If the Americans do not leave, we will make them leave,\" Kaabi said.",
     ("kaabi", "threatens", "united_states")),
    ("Kaabi said the resistance would force the Americans to leave.", ("kaabi", "threatens", "united_states")),
    # a verb coordinated after a comma with a relative clause on a thing is the main verb's, past a gerund's noun
    ("Iraqi parliament speaker Mohammed al-Halbousi on Wednesday condemned the Turkish artillery shelling of a tourist "
     "resort in Duhok province that killed nine civilians, and called on Ankara to pay compensation.",
     ("mohammed_al_halbousi", "demands", "turkey")),
    # a description's word of rank makes no other office
    ("Iranian Foreign Minister Hossein Amir-Abdollahian spoke on Monday. The top diplomat warned that the Zionist "
     "regime would receive a decisive response.", ("hossein_amir_abdollahian", "threatens", "israel")),
    # a stance not hidden is shown
    ("Qais al-Khazali did not hide his support for the Houthis.", ("qais_khazali", "supports", "houthis")),
    # a quotation opened right after a sentence about a person, naming no one, is that person's
    ("Abu Alaa al-Walai has led Kataib Sayyid al-Shuhada since 2013.\n\nHe said the group answers to the prime "
     "minister. But he did not hide his hostility to the United States. \u201cThe American forces are occupiers.\u201d",
     ("abu_alaa_al_walai", "accuses", "us_forces")),
    # a stance taken up stands for whoever voiced it, named by what they are
    ("Iraq's government on Saturday rejected threats by Israeli officials to strike targets inside the country.",
     ("iraqi_government", "opposes", "israel")),
    ("The head of the Popular Mobilisation Forces, Falih al-Fayyadh, on Saturday rejected calls by U.S. officials to "
     "dissolve the force.", ("falih_al_fayyadh", "opposes", "united_states")),
    # targets used by a group are its own
    ("US jets struck three targets used by Kataib Hezbollah.", ("us_forces", "attacks", "kataib_hezbollah")),
    # "who" after a role's organisation is the person with the role
    ("They named Abu Mahdi al-Muhandis, the deputy head of the Popular Mobilization Forces who was killed in a US "
     "drone strike in 2020.", ("united_states", "kills", "abu_mahdi_al_muhandis")),
    # a group's own claim that it was behind, or responsible for, an attack
    ("A little-known group calling itself Tashkil al-Waritheen said it was behind the strike on US forces.",
     ("tashkil_al_waritheen", "attacks", "us_forces")),
    ("Kataib Hezbollah said it was responsible for the rocket attack on US troops.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # a warning of what will follow threatens; a warning to act demands
    ("Kataib Hezbollah warned the United States that any escalation would bring a crushing answer.",
     ("kataib_hezbollah", "threatens", "united_states")),
    ("Kataib Hezbollah warned Kuwait not to let its territory serve as a launchpad.",
     ("kataib_hezbollah", "demands", "kuwait")),
    # a group within another, or under its umbrella, is its member
    ("Iran-backed groups within the Popular Mobilization Forces have long opposed the US presence.",
     ("iran_backed_militias", "member_of", "popular_mobilization_forces")),
    ("Iran-aligned factions, many of them under the PMF umbrella, launched attacks.",
     ("iran_backed_militias", "member_of", "popular_mobilization_forces")),
    # refusing to accept or allow an actor opposes it: here the negation is the act
    ("Iraq will not accept American forces on its soil.", ("iraq", "opposes", "us_forces")),
    ("Iraq's government would not let Kataib Hezbollah return to Jurf al-Sakhar.",
     ("iraqi_government", "opposes", "kataib_hezbollah")),
    # an abbreviated rank before a name is a role
    ("Iranian Gen. Qassem Soleimani arrived in Baghdad.", ("qasem_soleimani", "official_of", "iran")),
    # an officer is a member of a force, even where the NER took the name for a place
    ("The sixth name on the list was an officer of Iran's Quds Force, Mojtaba Jahandust.",
     ("mojtaba_jahandust", "member_of", "quds_force")),
])
def test_pattern_reads(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text, unexpected", [
    # negated, suspended, failed and denied acts are not relations
    ("Kataib Hezbollah did not attack US forces.", ("kataib_hezbollah", "attacks", "us_forces")),
    ("Kataib Hezbollah suspended attacks on US forces.", ("kataib_hezbollah", "attacks", "us_forces")),
    ("Kataib Hezbollah announced the suspension of its attacks on US forces.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    ("Harakat al-Nujaba denied responsibility for the rocket attack on US forces.",
     ("harakat_al_nujaba", "attacks", "us_forces")),
    # a future act by its agent is a threat, not an attack
    ("Kataib Hezbollah will attack US forces.", ("kataib_hezbollah", "attacks", "us_forces")),
    # blame is not an attack
    ("Washington blamed Kataib Hezbollah for the attack.", ("kataib_hezbollah", "attacks", "us_forces")),
    ("There were 30 attacks in the Red Sea on US warships from the Houthis in Yemen.",
     ("us_forces", "deployed_in", "yemen")),
    # "between" joins two parties, whatever the parser runs on to
    ("Before talks were held between Iraq and the US, pro-Iran militias threatened US forces.",
     ("iran_backed_militias", "negotiates_with", "iraq")),
    # a nationality is not a principal
    ("Yahya Rasool, the Iraqi spokesperson, spoke.", ("yahya_rasool", "spokesperson_for", "iraq")),
    # what strikes hit is their target, not the one condemned
    ("The United States struck the Houthis. Iraq condemned the strikes on Yemen.", ("iraq", "accuses", "yemen")),
    # a warning about a third party threatens nobody
    ("Tehran warned Baghdad that Israel was using Iraqi soil.", ("iran", "threatens", "iraq")),
    # a denial is no claim, and another's word that a group was behind an attack is blame
    ("Kataib Hezbollah denied it was behind the attack on US forces.", ("kataib_hezbollah", "attacks", "us_forces")),
    ("US officials said Kataib Hezbollah was behind the attack on US forces.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # coordinated subjects fighting beside another fight together
    ("Kataib Hezbollah and Asaib Ahl al-Haq fought beside Syrian troops with backing from Iran.",
     ("kataib_hezbollah", "attacks", "asaib_ahl_al_haq")),
    # a sanction that states no charge gives no relation
    ("The US Treasury sanctioned Qais al-Khazali on Friday.", ("us_treasury", "accuses", "qais_khazali")),
    # a nationality is no group of the fighters it describes
    ("Israeli jets struck a convoy of Iraqi militia fighters in eastern Syria.",
     ("israel_defense_forces", "attacks", "iraq")),
    # "should X strike" is a condition, and what one "should know" is asked of nobody
    ("Sudani said the letter was meant to give the world cover should Israel strike.",
     ("mohammed_shia_al_sudani", "demands", "israel")),
    # a state is in no conflict with its own institutions and forces
    ("The Iraqi foreign ministry said Baghdad rejected and condemned the Turkish attack.",
     ("iraqi_foreign_ministry", "accuses", "iraq")),
    ("The United States struck Kataib Hezbollah hours after US forces came under attack.",
     ("united_states", "attacks", "us_forces")),
    # attacks another had planned are no threat by the one who says so
    ("Antony Blinken alleged that Kataib Sayyid al-Shuhada had planned attacks on American forces.",
     ("antony_blinken", "threatens", "us_forces")),
    # ... but a standing relation the clause itself denies does not hold
    ("Kataib Hezbollah is not part of the Popular Mobilization Forces.",
     ("kataib_hezbollah", "member_of", "popular_mobilization_forces")),
    # where an attack came from is a place, not someone accused
    ("General John Brennan said the drone attacks came from Anbar province.", ("john_brennan", "accuses", "anbar")),
    # a condition with no harm to follow is no threat
    ("If US forces leave, Iraq will be stable, Qais al-Khazali said.", ("qais_khazali", "threatens", "us_forces")),
    # ... and not the first of them
    ("A US drone killed Qassem Soleimani and Abu Mahdi al-Muhandis, the deputy head of the Popular Mobilization "
     "Forces.", ("qasem_soleimani", "member_of", "popular_mobilization_forces")),
    # a strike on a state's soil is on a place, not an attack on the state
    ("Baghdad condemned what it called a flagrant Turkish attack on Iraqi soil.", ("turkey", "attacks", "iraq")),
    # a relative clause hung on the place an attack hit is about the attack, not the place
    ("Syria is at war. Iran launched the barrage in retaliation for an April 1 strike on its consulate in Damascus, "
     "which killed seven members of the Islamic Revolutionary Guard Corps (IRGC) and which Tehran blamed on Israel.",
     ("syria", "kills", "irgc")),
    # ... and is no member of its owner
    ("US Central Command said its forces struck five targets belonging to Kataib Hezbollah.",
     ("us_central_command", "member_of", "kataib_hezbollah")),
    ("Washington retaliated with strikes on 85 targets in Iraq and Syria linked to the IRGC.",
     ("united_states", "attacks", "iraq")),
    # ... and is no threat by the one who tells it
    ("Iran told Iraq to expel US troops.", ("iran", "threatens", "us_forces")),
    # a coalition with a name of its own is not the registered one its bare noun names
    ("Nouri al-Maliki, a former prime minister who heads the State of Law coalition, spoke.",
     ("nouri_al_maliki", "leads", "international_coalition")),
    # fighting a group as what an actor is for is no attack (the guidelines' stated purpose)
    ("Col. Wayne Marotto, spokesman for the coalition fighting Islamic State, said one contractor died.",
     ("international_coalition", "attacks", "islamic_state")),
    ("US troops were deployed to Iraq to fight Islamic State.", ("us_forces", "attacks", "islamic_state")),
    # meeting someone's demands satisfies them: no talks with him
    ("Muqtada al-Sadr gave Mustafa al-Kadhimi 72 hours to meet his demands.",
     ("mustafa_al_kadhimi", "negotiates_with", "muqtada_al_sadr")),
    # a state whose officer was killed is not attacked by that alone
    ("Abu Mahdi al-Muhandis was killed with Iranian Gen. Qassem Soleimani in a US strike.",
     ("united_states", "attacks", "iran")),
    # what one is accused of is no act told (the guidelines' contents of an accusation)
    ("Iraq accused Turkey of attacking the PKK.", ("turkey", "attacks", "pkk")),
    ("Iraq accused Turkey of attacking the PKK.", ("iraq", "attacks", "pkk")),
    # containment is direct: troops at a base in a province are at the base, which is in the province
    ("US military vehicles were seen inside Ain al-Asad air base in Anbar province.",
     ("us_forces", "deployed_in", "anbar")),
    # an embassy where a place is, is in it, and no force deployed there
    ("Demonstrators gathered at a bridge leading to the Green Zone, where the US embassy stands.",
     ("us_forces", "deployed_in", "green_zone")),
    # "no longer" negates
    ("Prime Minister Mohammed Shia al-Sudani said that ISIS no longer threatened the Iraqi state.",
     ("mohammed_shia_al_sudani", "accuses", "islamic_state")),
    # what another says of an act is no harm the speaker tells of
    ("Washington said the men were about to launch drones; Iraqi officials called the raid an act of aggression.",
     ("united_states", "accuses", "iraq")),
    # a verb with its own prepositional object shares no object with the verb coordinated with it
    ("President Barham Salih called for early elections and praised Sadr's stance as brave.",
     ("barham_salih", "demands", "muqtada_al_sadr")),
    # refusing to back is no backing
    ("The Coordination Framework refused to back Kadhimi's nomination.",
     ("coordination_framework", "supports", "mustafa_al_kadhimi")),
    # the agent of an attack one is killed in is not the one killed
    ("Two fighters of Kataib Hezbollah were killed in an attack by US forces.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # an act told as fact or forecast is asked of no one
    ("Prime Minister Mohammed Shia al-Sudani said there was no need to hurry, as US forces will leave Iraq by "
     "September.", ("mohammed_shia_al_sudani", "demands", "us_forces")),
    # a person named with an office is no member of the office's organisation by the words before the name
    ("White House National Security Adviser Jake Sullivan said the US would help Iraq.",
     ("jake_sullivan", "member_of", "white_house")),
    # whom help is against is not whom it is for
    ("Iraq still needs US help against the Islamic State.", ("united_states", "supports", "islamic_state")),
    # talks asked for, hoped for or to come are not yet held
    ("Mustafa al-Kadhimi asked to meet Kataib Hezbollah representatives.",
     ("mustafa_al_kadhimi", "negotiates_with", "kataib_hezbollah")),
    ("Prime Minister Mohammed Shia al-Sudani will meet Joe Biden in Washington.",
     ("mohammed_shia_al_sudani", "negotiates_with", "joe_biden")),
    # trying to kill is attacking, not killing
    ("Kataib Hezbollah tried to kill Mustafa al-Kadhimi.", ("kataib_hezbollah", "kills", "mustafa_al_kadhimi")),
    # a role before a name is read by the roles, not as the organisation the name belongs to
    ("The Fatah Alliance won seats. Fatah chief Hadi al-Amiri met Qaani.",
     ("hadi_al_amiri", "member_of", "fatah_alliance")),
    # what is tied to an actor must be an attack for the tie to accuse it
    ("Kataib Hezbollah, Asaib Ahl al-Haq and units tied to the Badr Organization fought beside Syrian troops.",
     ("kataib_hezbollah", "accuses", "badr_organization")),
    # a demand that something be done is of no one it is done to
    ("President Barham Salih urged that the Iraqi government be formed soon.",
     ("barham_salih", "demands", "iraqi_government")),
    # a retaliation promised is no attack yet
    ("The Houthis promised to retaliate against the United States and Britain.",
     ("houthis", "attacks", "united_states")),
    # an attack supposed in a condition is neither told nor threatened by its supposed agent, nor its target the
    # speaker's
    ("Kataib Hezbollah warned that it would target US interests if Washington attacked Iran.",
     ("united_states", "threatens", "iran")),
    ("Kataib Hezbollah warned that it would target US interests if Washington attacked Iran.",
     ("kataib_hezbollah", "threatens", "iran")),
    # what a speaker fears an actor will do is no threat, by the speaker or the actor
    ("Iraqi officials said they feared Iran-backed militias would retaliate against US forces.",
     ("iran_backed_militias", "threatens", "us_forces")),
    ("Iraqi officials said they feared Iran-backed militias would retaliate against US forces.",
     ("iraq", "threatens", "us_forces")),
    # a relative clause on a speaker is the narrator's, not the speaker's words
    ("Kataib Hezbollah, which the US blames for the attacks, said it would suspend operations.",
     ("kataib_hezbollah", "accuses", "united_states")),
    # a refusal by actors named before is theirs, not the speaker's
    ("Blinken told Sudani the two countries were determined not to let ISIS re-emerge.",
     ("antony_blinken", "opposes", "islamic_state")),
    # "the Soran district of Erbil province": the name before the place noun is the place, the one after holds it
    ("The drone struck a house in the town of Sidakan, in the Soran district of Erbil province.",
     ("erbil", "located_in", "soran_district")),
    # whom one calls to do something is not who does it
    ("Secretary of State Mike Pompeo called Kadhimi to welcome the new Iraqi government.",
     ("mustafa_al_kadhimi", "supports", "iraqi_government")),
    # who heads a group is no mere member of it
    ("Nujaba's chief Akram al-Kaabi praised the attack.", ("akram_al_kaabi", "member_of", "harakat_al_nujaba")),
    # a phone call is talks, not a call for something; those one spoke with did not talk with one another
    ("Sudani received a phone call from Erdogan.", ("recep_tayyip_erdogan", "demands", "mohammed_shia_al_sudani")),
    ("Barzani said he had discussed the attack with Prime Minister Mustafa al-Kadhimi and Speaker Mohammed "
     "al-Halbousi.", ("mustafa_al_kadhimi", "negotiates_with", "mohammed_al_halbousi")),
    # a city's governor holds an office of the city, not of the government the city may stand for
    ("Kurdistan Regional Government spokesman Jotiar Adil spoke. Erbil Governor Omed Khoshnaw said the city was "
     "safe.", ("omed_khoshnaw", "official_of", "kurdistan_regional_government")),
    # where drones are launched at is their target, not where they are
    ("The IRGC launched drones at Ain al-Asad air base.", ("irgc", "deployed_in", "ain_al_asad_airbase")),
    # an attack warned against has not happened
    ("Kataib Hezbollah met on Sunday. The United States has warned Kataib Hezbollah against attacking American "
     "forces.", ("kataib_hezbollah", "attacks", "us_forces")),
    # a council's co-chair does not lead the group the council belongs to
    ("Bese Hozat, co-chair of the executive council of the Kurdistan Communities Union (KCK), read the statement.",
     ("bese_hozat", "leads", "kurdistan_communities_union")),
    # "the president of the U.N. Security Council" is no official named before with another office
    ("Parliament Speaker Mahmoud al-Mashhadani opened the session. Israeli Foreign Minister Gideon Sa'ar wrote to "
     "the president of the U.N. Security Council, asking for action.", ("gideon_saar", "demands",
                                                                          "mahmoud_al_mashhadani")),
    # a base's host is no actor of an article that does not name it
    ("Kataib Hezbollah fired rockets at Ain al-Asad air base.", ("us_forces", "deployed_in", "ain_al_asad_airbase")),
    # "the US-led coalition" is one name: the US in it is not hyphenated to it
    ("Drones target US-led coalition troops at two Iraqi bases.", ("united_states", "leads", "us_forces")),
    # talks rejected are not held
    ("Kataib Hezbollah rejects any negotiation with the Americans.", ("kataib_hezbollah", "negotiates_with",
                                                                      "united_states")),
    ("The Coordination Framework rejected talks with the Sadrist movement.",
     ("coordination_framework", "negotiates_with", "sadrist_movement")),
    # a group named in one role is no member of the group named in the next
    ("Hadi al-Amiri, head of the Fatah Alliance and secretary-general of the Badr Organization, spoke.",
     ("fatah_alliance", "member_of", "badr_organization")),
    # "on Tuesday" is a time, not the "on" of "called on"; "called X a traitor" is no call
    ("Joe Biden called Mohammed Shia al-Sudani on Tuesday.", ("joe_biden", "demands", "mohammed_shia_al_sudani")),
    ("Kataib Hezbollah called Mustafa al-Kadhimi a traitor.",
     ("kataib_hezbollah", "negotiates_with", "mustafa_al_kadhimi")),
    # the weapon an agent modifies is no agent of its own: "Iran's drone assault" is Iran's, not its forces'
    ("Iranian forces were on alert. The talks were overshadowed by Iran's weekend drone and missile assault on "
     "Israel.", ("irgc", "attacks", "israel")),
    # nor leading it
    ("Ali Hussein, who leads Kataib Hezbollah's military wing, spoke.", ("ali_hussein", "leads", "kataib_hezbollah")),
    # a critic's nationality is no one it criticises
    ("Hadi al-Amiri, an Iraqi critic of the US presence, spoke.", ("hadi_al_amiri", "accuses", "iraq")),
    # a question asked is no demand of whom it asks about
    ("Iraq asked whether Turkey would withdraw its troops.", ("iraq", "demands", "turkey")),
    # a role "as" names is the object's where the verb has one
    ("The Pentagon identified the dead as Kataib Hezbollah fighters.",
     ("us_department_of_defense", "member_of", "kataib_hezbollah")),
    # the subjects' own strikes are no target of theirs
    ("The United States and Britain launched strikes on the Houthis, backed by Australia and Canada.",
     ("united_states", "attacks", "united_kingdom")),
    # who welcomes an attack is not its target
    ("Hamas welcomed the attack by the Islamic Resistance in Iraq.",
     ("islamic_resistance_in_iraq", "attacks", "hamas")),
    # targets a group noun owns are no place's
    ("US jets struck militia targets in Syria.", ("us_forces", "attacks", "syria")),
    # what one must not allow is what the speaker asks, not one's refusal
    ('"Mohammed Shia al-Sudani must not allow Washington to dictate Iraq\'s policy," Akram al-Kaabi said.',
     ("mohammed_shia_al_sudani", "opposes", "united_states")),
    # the backer of attacks did not carry them out, nor is a place the owner of targets hyphenated with theirs
    ("These Iran-backed attacks against US forces are unacceptable.", ("iran", "attacks", "us_forces")),
    ("US strikes hit IRGC-linked sites in Syria.", ("united_states", "attacks", "syria")),
    # planning that a charge names is past
    ("U.S. Central Command forces conducted a strike in Baghdad, killing a Kataib Hezbollah commander responsible for "
     "directly planning and participating in attacks on U.S. forces in the region, CENTCOM said.",
     ("us_central_command", "threatens", "us_forces")),
    # a wrong one acts against is not one's own
    ("Nasser Kanaani said the presence of US forces in Iraq was illegitimate. He stressed that Iran supports the "
     "resistance against the occupiers.", ("nasser_kanaani", "accuses", "iran")),
    # "them" after a plural noun of attacks takes up the attacks, not the group named inside their phrase
    ("Iran's Foreign Ministry spokesman Nasser Kanaani strongly condemned the US airstrikes on positions of the "
     "Popular Mobilization Forces in Iraq, calling them a violation of Iraq's sovereignty.",
     ("nasser_kanaani", "accuses", "popular_mobilization_forces")),
    # ... and not the group it is affiliated with
    ("A drone strike killed two members of the Sinjar Resistance Units (YBS), a Yazidi armed group affiliated with "
     "the Kurdistan Workers' Party (PKK), the group said.",
     ("pkk", "member_of", "sinjar_resistance_units")),
    # what a threat supposes another might do is neither threatened nor opposed by the one supposing it
    ("President Donald Trump threatened to impose sanctions on Iraq if it expelled U.S. troops.",
     ("donald_trump", "threatens", "us_forces")),
    ("President Donald Trump threatened to impose sanctions on Iraq if it expelled U.S. troops.",
     ("iraq", "opposes", "us_forces")),
    ("Turkish warplanes struck Kurdistan Workers Party (PKK) targets in northern Iraq on Sunday.",
     ("turkish_armed_forces", "attacks", "iraq")),
    # with no attack on their side told before, deaths are no one's killing
    ("US jets struck Kataib Hezbollah positions on Sunday. Asaib Ahl al-Haq said four of its fighters died.",
     ("us_forces", "kills", "asaib_ahl_al_haq")),
    # the umbrella's members are not the subjects of the verb the parser hangs them on
    ("The Islamic Resistance in Iraq, the umbrella under which Kataib Hezbollah, Harakat al-Nujaba and Kataib Sayyid "
     "al-Shuhada operate, has claimed most of the 170 drone and rocket attacks on US troops in Syria since October.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # what an actor is named as is no charge
    ("Baghdad named Kataib Hezbollah as a partner in the fight against Islamic State.",
     ("iraq", "accuses", "kataib_hezbollah")),
    # an official in a state or place is there, not necessarily its official
    ("Brett McGurk, a senior US official in Iraq, said the base was hit.", ("brett_mcgurk", "official_of", "iraq")),
    # a vow of revenge naming no one is not against whoever attacked someone else
    ("The United States struck Kataib Hezbollah on Friday. Harakat al-Nujaba vowed revenge.",
     ("harakat_al_nujaba", "threatens", "united_states")),
    # safety denied now is no threat
    ("Kataib Hezbollah said US bases in Iraq were not safe.", ("kataib_hezbollah", "threatens", "us_forces")),
    # an attack whose agent the text named is no one else's to claim; a claim denied is none
    ("US jets struck Kataib Hezbollah on Friday. Harakat al-Nujaba claimed the attack.",
     ("harakat_al_nujaba", "attacks", "kataib_hezbollah")),
    ("Rockets struck US forces at Ain al-Asad. No group claimed responsibility for the attack.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # a plan told as past is no attack to come: the speaker threatens no one
    ("Turkey's defense ministry said the militants had been planning attacks on Turkish forces.",
     ("turkish_defense_ministry", "threatens", "turkish_armed_forces")),
    # responsibility a speaker lays on an actor is blame, not an attack ("Blame is not an attack")
    ("Rockets struck the Iranian consulate in Erbil. Iran said the United States bears full responsibility for the "
     "attack.", ("united_states", "attacks", "iran")),
    # a clause after "north of Erbil" is about the base there, not the city ("Adjacency is not containment")
    ("A rocket attack targeted the Harir air base north of Erbil, which hosts US troops.",
     ("us_forces", "deployed_in", "erbil")),
    # a person's office is an actor of its own: its words are not the person's
    ("The office of President Barham Salih said the United States had violated every agreement with Iraq.",
     ("barham_salih", "accuses", "united_states")),
    # a label the speaker gives the victims of an attack is no fault of the attacker
    ("Turkish Defence Minister Yasar Guler said Turkish forces had neutralized 23 terrorists in northern Iraq.",
     ("yasar_guler", "accuses", "turkish_armed_forces")),
    # a state an actor is affiliated with is one it supports, not one it is a member of
    ("Iran-affiliated militias attacked US forces.", ("iran_backed_militias", "member_of", "iran")),
    # what went on until someone left is no threat
    ("The talks between Kataib Hezbollah and the government went on until the US delegation left Baghdad.",
     ("kataib_hezbollah", "threatens", "united_states")),
    # ... and is no threat of its own
    ("Kataib Hezbollah vowed revenge for the US strikes on its positions.",
     ("united_states", "threatens", "kataib_hezbollah")),
    # ... and one told withholds it
    ("Kataib Hezbollah hesitated to strike US bases.", ("kataib_hezbollah", "attacks", "us_forces")),
    # ... and the forum it is lodged at is not accused
    ("Iraq lodged a formal complaint against Turkey at the UN Security Council.",
     ("iraq", "accuses", "un_security_council")),
    # a bond's "with" names the other side of the bond, not who talks
    ("In an interview in London, Fuad Hussein discussed the coalition, the armed factions and relations with Turkey.",
     ("fuad_hussein", "negotiates_with", "turkey")),
    # diplomats and contractors are no force
    ("Iraqi security forces have arrested three men suspected of firing rockets at Baghdad International Airport, "
     "where US diplomats and contractors are based, the Joint Operations Command said on Saturday.",
     ("us_forces", "deployed_in", "baghdad_airport")),
    # an attack told of in what a threat holds someone responsible for is no threat against its victims
    ("Defense Secretary Lloyd Austin vowed that the United States would hold accountable those responsible for a "
     "drone attack that killed three American soldiers at a base in Jordan.",
     ("lloyd_austin", "threatens", "us_forces")),
    # those one fights alongside do not support each other for it
    ("Thousands of Iraqi militiamen fought alongside the Syrian army and Hezbollah.",
     ("hezbollah", "supports", "syrian_army")),
    # ... and is not the collective, nor does its secretary-general's role make the militia a leader
    ("The State Department designated Harakat Ansar Allah al-Awfiya, an Iran-aligned militia in Iraq, and its "
     "secretary-general as Specially Designated Global Terrorists.",
     ("us_state_department", "accuses", "iran_backed_militias")),
    # an "Iraqi militia leader" stands for no state
    ("US designates Iraqi militia leader, front groups as terrorists", ("united_states", "accuses", "iraq")),
    # who denounces or hosts talks between two others holds none
    ("Akram al-Kaabi denounced the talks between Baghdad and Washington.",
     ("akram_al_kaabi", "negotiates_with", "united_states")),
    ("Oman hosted talks between Iran and the United States.", ("oman", "negotiates_with", "iran")),
    # a clause opened by "where" says where: no meeting with the palace
    ("Protesters stormed the Republican Palace, where the Iraqi government meets.",
     ("iraqi_government", "negotiates_with", "republican_palace")),
    # "the drone" is the drone attack told with no agent, not the strikes told after it
    ("US forces struck two facilities in Syria used by Iran's Islamic Revolutionary Guard Corps, in retaliation for a "
     "drone attack that wounded three American service members. The drone struck a maintenance facility at the "
     "coalition base near Hasakah.",
     ("us_forces", "attacks", "international_coalition")),
    # a base "in" a country is no attack on the country
    ("Kataib Hezbollah attacked a base in northeast Syria.", ("kataib_hezbollah", "attacks", "syria")),
    # who describes others as members is none
    ("A Turkish drone struck a vehicle, killing three people the Turkish defence ministry described as members of "
     "the Kurdistan Workers' Party (PKK).", ("turkish_defence_ministry", "member_of", "pkk")),
    # an act a clause does something to is not announced
    ("The KDP said the bill would harm the fight against Islamic State.",
     ("kurdistan_democratic_party", "threatens", "islamic_state")),
    # a name the parser cut from a title is the title's organisation, not a second subject
    ("Kataib Sayyid al-Shuhada secretary-general Abu Alaa al-Walai praised the Islamic Resistance in Iraq.",
     ("kataib_sayyid_al_shuhada", "supports", "islamic_resistance_in_iraq")),
    ("Kataib Hezbollah said Iraqi forces had raided the hideout in response to the crimes of Islamic State.",
     ("kataib_hezbollah", "accuses", "iraqi_security_forces")),
    # a wrong done to others called by a harsh name is no charge against who did it
    ("The Turkish defence ministry said Turkish forces had neutralized 23 terrorists.",
     ("turkish_defence_ministry", "accuses", "turkish_armed_forces")),
    # who urges another to hold the guilty to account did no wrong
    ("Antony Blinken spoke by phone with Sudani and urged him to hold those responsible to account, the State "
     "Department said.", ("us_state_department", "accuses", "antony_blinken")),
    # a nationality on a militia title is the militia's: the man serves no state by it
    ("Iraqi militia commander Abu Mahdi al-Muhandis was killed.", ("abu_mahdi_al_muhandis", "official_of", "iraq")),
    # who condemns or discusses a fight is no side of it
    ("Hezbollah condemned the clashes with Israel.", ("hezbollah", "attacks", "israel")),
    # attacks of another's that a speaker says will go on are no threat of the speaker's
    ("Iran's Foreign Minister Hossein Amir-Abdollahian said the continuation of American attacks on Kataib Hezbollah "
     "will drag the region into a wider war.", ("hossein_amir_abdollahian", "threatens", "kataib_hezbollah")),
    # a title's own words are no organisation of it
    ("Prime Minister Sudani's office said the strikes were a violation.",
     ("mohammed_shia_al_sudani", "official_of", "iraqi_prime_ministers_office")),
    # a charge of planning attacks announces none
    ("CENTCOM said al-Saadi was directly responsible for planning and participating in attacks on US forces.",
     ("us_central_command", "threatens", "us_forces")),
    # what a threat's condition supposes is not threatened
    ("Kataib Hezbollah threatened to target US bases if Washington struck Iran.",
     ("kataib_hezbollah", "threatens", "iran")),
    # a force's troops in apposition to a role describe its holders, and hold no role
    ("A Turkish drone killed two senior Iraqi border guard officers and their driver in the Kurdistan Region, the "
     "first Iraqi government troops to be killed since Turkey began its offensive.",
     ("iraqi_government", "member_of", "border_guards_command")),
    # ... and are no threat
    ("The US-led coalition's strikes on Islamic State continued.",
     ("international_coalition", "threatens", "islamic_state")),
    # receiving backing is no meeting
    ("Kataib Hezbollah receives funding from Iran.", ("kataib_hezbollah", "negotiates_with", "iran")),
    # the act a charge or a penalty lays on someone is its content, not told as done; a penalty with no charge is
    # no accusation
    ("Washington blamed Kataib Hezbollah for its attacks on US forces.", ("kataib_hezbollah", "attacks", "us_forces")),
    ("The Treasury sanctioned Kataib Hezbollah over its attacks on US forces.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    ("Washington imposed sanctions on Kataib Hezbollah.", ("united_states", "accuses", "kataib_hezbollah")),
    # an example the parser makes a second object of a verb is no object of it
    ("Iraqi counter-terrorism forces raided a Kataib Hezbollah headquarters. U.S. officials blame Kataib Hezbollah for "
     "a string of rocket attacks, among them the December barrage that killed an American contractor.",
     ("united_states", "accuses", "iraqi_security_forces")),
    # a role that is no office is of no state its nationality names
    ("Abbas al-Jabouri, an Iraqi political activist, told The New Region the move was expected.",
     ("abbas_al_jabouri", "official_of", "iraq")),
    ("Ali Hassan, an Iranian cleric, said the factions would respond.", ("ali_hassan", "official_of", "iran")),
    # who announces a death did not cause it, and the target of the strike it happened in is not the dead
    ("Kataib Hezbollah announced the death of its commander Abu Taqwa al-Saidi in a US strike on its headquarters.",
     ("kataib_hezbollah", "kills", "abu_taqwa_al_saidi")),
    ("Kataib Hezbollah announced the death of its commander Abu Taqwa al-Saidi in a US strike on its headquarters.",
     ("united_states", "kills", "kataib_hezbollah")),
    # an act to come that a named speaker reports is the speaker's threat, not its subject's
    ("Abu Hussein al-Hamidawi, secretary-general of Kataib Hezbollah, said the group's missiles were ready to strike "
     "American bases.", ("kataib_hezbollah", "threatens", "us_forces")),
    ("It was during that trip that Khamenei told him Iran would certainly strike back at the Americans.",
     ("iran", "threatens", "united_states")),
    # an act one is ready for, due to or prepared for is not done
    ("Hezbollah said it was prepared to strike Israel.", ("hezbollah", "attacks", "israel")),
    ("Sudani is due to meet President Biden at the White House.",
     ("mohammed_shia_al_sudani", "negotiates_with", "joe_biden")),
    # what follows a headline's colon is no apposition of the source before it
    ("Pentagon: Iran-backed militia behind Tower 22 attack", ("iran", "supports", "us_department_of_defense")),
    ("Kataib Hezbollah, the hard-line Iran-backed faction, campaigned against Kadhimi.",
     ("iran", "supports", "iran_backed_militias")),
    ("ERBIL, Kurdistan Region - A Turkish drone strike on Sunday killed two members of the PKK in the Qandil "
     "mountains.", ("erbil", "located_in", "turkey")),
    ("Senior commander of the Islamic Revolution Guards Corps Brigadier General Hossein Salami warned Washington.",
     ("hossein_salami", "leads", "irgc")),
    # an attack asked of another is neither done nor threatened by it
    ("Republican lawmakers urged Biden to strike Iran directly.", ("joe_biden", "attacks", "iran")),
    ("Republican lawmakers urged Biden to strike Iran directly.", ("joe_biden", "threatens", "iran")),
    ("Three US soldiers killed in drone attack in Jordan; Biden blames Iran-backed groups",
     ("us_forces", "accuses", "iran_backed_militias")),
    # what a state sends is no deployment of the state unless it is a force
    ("Iran sent a message to Iraq.", ("iran", "deployed_in", "iraq")),
    ("Officials in Baghdad and Erbil rejected the Iranian account.", ("erbil", "located_in", "baghdad")),
    # a strike on a state's border is on a place, not on the state
    ("Al-Qaim, on the Syrian border in Anbar, was hit by US strikes.", ("united_states", "attacks", "syria")),
    ("Iran-backed militia Kataib Hezbollah said on Monday it would suspend attacks.",
     ("iran", "supports", "iran_backed_militias")),
    # a bare "Iran-backed militia" in the title before a name says whose the person is, not that the collective acts
    ("Iran-backed militia leader Qais al-Khazali said the group would respond.",
     ("qais_khazali", "leads", "iran_backed_militias")),
    # fighters given to a group, or a state attacked, are not the dead of the attacked group
    ("US jets struck Kataib Hezbollah, killing four ISIS fighters.", ("us_forces", "kills", "kataib_hezbollah")),
    ("Israel struck Lebanon, killing four fighters.", ("israel", "kills", "lebanon")),
    # talks that went on while an actor stayed threaten no one
    ("Fuad Hussein said the talks would continue as long as the US delegation stayed in Baghdad.",
     ("fuad_hussein", "threatens", "united_states")),
    # a fight has two sides: who died "in the clashes" were killed by neither as recalled
    ("Saraya al-Salam fighters attacked Iraqi security forces near the Green Zone. Three Kataib Hezbollah members "
     "were killed in the clashes.",
     ("saraya_al_salam", "kills", "kataib_hezbollah")),
    # a demand "from" a place is where the troops are to leave, not whom it is of
    ("Kataib Hezbollah has reiterated its demand for the withdrawal of US troops from the country.",
     ("kataib_hezbollah", "demands", "iraq")),
    # withdrawing one's troops from a state is no protest
    ("Iran condemned the strike. The US withdrew its troops from Tehran's neighbour, Iraq.",
     ("united_states", "accuses", "iraq")),
    # harming a state's standing finds fault; it threatens no state
    ("The Turkish foreign ministry said the PKK threatened Iraq's own stability.", ("pkk", "threatens", "iraq")),
    ("The ministry said the PKK threatened Iraq's sovereignty.", ("pkk", "threatens", "iraq")),
    # of the forces a base is known to host, only the one the article names most is placed there
    ("Iran-backed militias have attacked US forces dozens of times. US forces have responded with strikes, the "
     "coalition said. Rockets hit Ain al-Asad air base on Monday.",
     ("international_coalition", "deployed_in", "ain_al_asad_airbase")),
    # an office is held by a person, not by a body listed beside it
    ("On Saturday his ministry said it had written to the Security Council, the U.N. secretary-general, the Arab "
     "League and the Organization of Islamic Cooperation.", ("un_security_council", "leads", "united_nations")),
    # a strike another authorised is no attack by the authoriser on the one it killed
    ("Abu Mahdi al-Muhandis died alongside Qassem Soleimani in the January 2020 strike ordered by Trump. The drone "
     "strike that killed Soleimani was authorized by President Donald Trump.",
     ("donald_trump", "attacks", "qasem_soleimani")),
    # asking another to stop what is no wrong accuses no one
    ("The Kurdistan Regional Government called on Baghdad to stop the Iranian-funded projects.",
     ("kurdistan_regional_government", "accuses", "iran")),
    # a base hosting troops meets no one
    ("Ain al-Asad air base, which hosts US troops, was hit by rockets.", ("ain_al_asad_airbase", "negotiates_with",
                                                                          "us_forces")),
    # "calling it a violation" after condemning an attack calls the attack so, not the group it was on
    ("Iranian Foreign Ministry Spokesman Nasser Kanaani condemned the US military's attack on the headquarters of "
     "Iraq's Popular Mobilization Forces (PMF) in Babil province, calling it a clear violation of Iraq's "
     "sovereignty.", ("nasser_kanaani", "accuses", "popular_mobilization_forces")),
    # "the Baghdad district of Dora": Baghdad is not in Dora
    ("The rockets were fired from the Baghdad district of Dora.", ("baghdad", "located_in", "dora")),
    # a cleric holds no office of the state a possessive names
    ("Iraq's top Shiite cleric, Grand Ayatollah Ali al-Sistani, spoke.",
     ("grand_ayatollah_ali_al_sistani", "official_of", "iraq")),
    # a headline's nationality on its noun is no state acting
    ("Houthis and Iraqi militias threaten Israel", ("iraq", "threatens", "israel")),
    # a speaker's own act, shared with another, is no charge against the other
    ("Kataib Hezbollah and the Houthis threaten Israel.", ("kataib_hezbollah", "accuses", "houthis")),
    # a supposed aggression's target is protected, not threatened
    ('"Any aggression against Lebanon will be met with a response from all the resistance fronts," the group\'s '
     "spokesman Abu Ali al-Askari wrote on Telegram.", ("abu_ali_al_askari", "threatens", "lebanon")),
    # opposition an actor asks of another is not the other's yet
    ("Washington has pressed Prime Minister Mohammed Shia al-Sudani to rein in the Popular Mobilization Forces.",
     ("mohammed_shia_al_sudani", "opposes", "popular_mobilization_forces")),
    # a named organisation "of" its leader is the part, not the leader
    ("The Coordination Framework includes the Badr Organization of Hadi al-Amiri and Asaib Ahl al-Haq.",
     ("hadi_al_amiri", "member_of", "coordination_framework")),
    # targets of a named people or fighters in a country are theirs, not the country's
    ("Turkish warplanes struck Kurdish militant targets in northern Iraq and Syria overnight.",
     ("turkish_armed_forces", "attacks", "iraq")),
    # shooting down a weapon is no attack on whoever fired it
    ("US forces shot down a drone fired by Iran-backed militants near the Harir base.",
     ("us_forces", "attacks", "iran_backed_militias")),
    # what is discussed is the topic, not a party to the talks
    ("Prime Minister Mohammed Shia al-Sudani discussed with U.S. Ambassador Alina Romanowski the timetable for the "
     "coalition's withdrawal.", ("mohammed_shia_al_sudani", "negotiates_with", "international_coalition")),
    # allies in a fight against a third do not fight each other
    ("Washington has partnered with the SDF in the fight against Islamic State.",
     ("united_states", "attacks", "syrian_democratic_forces")),
    # a minister is his state's official, not the ministry's his title opens with
    ("Treasury Secretary Steven Mnuchin said the sanctions would stand.", ("steven_mnuchin", "official_of",
                                                                         "us_treasury")),
    # two sides clashing without arms do not attack each other
    ("Erbil has clashed politically with Baghdad over the budget for years.",
     ("kurdistan_regional_government", "attacks", "iraq")),
    # an attack a claimed one answers is not the one claimed
    ("A US drone strike in Baghdad killed a Kataib Hezbollah commander. CENTCOM said it had carried out the strike "
     "in response to attacks on US troops, referring to a drone attack on a base in Jordan that killed three "
     "American soldiers.", ("us_central_command", "attacks", "us_forces")),
    # a claimed attack is no attack a verb told of a group's record ("has attacked US forces dozens of times")
    ("Kataib Hezbollah, which has attacked US forces dozens of times, denied involvement. Saraya Awliya al-Dam "
     "claimed the attack.", ("saraya_awliya_al_dam", "attacks", "us_forces")),
    # sides said to fight together do not fight each other
    ("The Houthis and Kataib Hezbollah fought together in Syria.", ("houthis", "attacks", "kataib_hezbollah")),
    # a town struck is no force, whichever force the article placed there
    ("The Iraqi army has deployed additional troops to Sinjar. \"This is the third Turkish attack on Sinjar this "
     "month,\" the mayor said.", ("turkey", "attacks", "iraqi_security_forces")),
    # a label one gives another is no charge the sentence's speaker makes
    ("Kataib Hezbollah said it would treat any US troops who remain after the deadline as occupiers.",
     ("kataib_hezbollah", "accuses", "us_forces")),
    # a party with a name of its own the NER missed is no party named before
    ("The Coordination Framework and the Sunni Taqaddum party, led by former speaker Mohammed al-Halbousi, remained "
     "deadlocked.", ("mohammed_al_halbousi", "leads", "coordination_framework")),
    # what drones are launched at is their target, not where anyone is deployed
    ("The Pentagon said it would hold the groups accountable for any attack on US personnel. Israel's defence "
     "minister threatened to strike Iraqi militias if they continued launching drones at Israeli territory.",
     ("us_forces", "deployed_in", "israel")),
    # an expulsion a clause demands is asked of its subject, not done
    ("The Kurdistan Regional Government urged calm. The Sadrist movement demanded that the government expel the "
     "Turkish ambassador.", ("kurdistan_regional_government", "accuses", "turkey")),
    # a participle after a relative clause is the main clause's subject's, not the relative pronoun's
    ("Nasser Kanaani strongly condemned the US drone attack in Baghdad that martyred a commander of the Popular "
     "Mobilization Forces, describing it as state terrorism.",
     ("united_states", "accuses", "popular_mobilization_forces")),
    # a description repeating a phrase told before takes it up, not the last group named
    ("Islamic State militants killed two Peshmerga fighters. Iraq and the Kurdistan Region agreed to form joint "
     "brigades. The joint brigades will operate under the Joint Operations Command.",
     ("islamic_state", "member_of", "iraqi_joint_operations_command")),
    # a pronoun in a threat's condition takes up the one threatened, not an actor named before
    ("The Pentagon vowed to protect US personnel. Israel's defence minister threatened to strike Iraqi militias if "
     "they continued launching drones at Israeli territory.", ("israel", "threatens", "us_forces")),
    # a companion set off after the object is not a second killer
    ("The US strike killed commander Ahmed Najm Abdul Zahra, along with Hussein Karim al-Daraji and Ali Sadiq "
     "al-Moussawi.", ("hussein_karim_al_daraji", "kills", "ahmed_najm_abdul_zahra")),
    # an inaction promised on a condition is none
    ("Kataib Hezbollah said it would stay idle if the Americans left.",
     ("kataib_hezbollah", "threatens", "united_states")),
    # a number after a counted noun counts that noun, not the last list of as many names
    ("US forces struck Kataib Hezbollah. The strikes answered attacks against U.S. and Coalition personnel. The PMF "
     "said one of its members was killed and two were wounded in the strike.",
     ("us_forces", "attacks", "international_coalition")),
    # (and not the reported clause's subject's)
    ("Iraq's Federal Supreme Court ended the Kurdish parliament's term. KDP spokesman Mahmoud Mohammed said the court "
     "had become a tool of the Shiite parties and accused the Coordination Framework of trying to dismantle the "
     "region.", ("federal_supreme_court", "accuses", "coordination_framework")),
    # (not a plan's makers': a timeline for winding a mission down)
    ("The United States and Iraq released a joint statement fixing a timeline for winding down the mission of the "
     "US-led coalition.", ("iraq", "opposes", "international_coalition")),
    # (saying it is needed does not)
    ("Iraqi Prime Minister Mohammed Shia al-Sudani said that the US-led coalition in Iraq was still needed.",
     ("mohammed_shia_al_sudani", "opposes", "international_coalition")),
    # a group's name that holds another's is its own
    ("Hezbollah al-Nujaba said it had launched a drone at an Israeli target in the Golan Heights.",
     ("harakat_al_nujaba", "member_of", "hezbollah")),
    # what a list is said to be part of is the whole they are in, not one of them
    ("Asaib Ahl al-Haq and the Badr Organization, both part of the governing coalition, have urged restraint.",
     ("asaib_ahl_al_haq", "member_of", "badr_organization")),
    # an act someone is kept from is not done
    ("His supporters argue that Sudani has kept the factions from attacking US forces.",
     ("mohammed_shia_al_sudani", "attacks", "us_forces")),
    # a nationality says where a group is from, not whose its depot is
    ("Israeli air strikes hit a weapons depot belonging to an Iraqi militia in eastern Syria.",
     ("israel", "attacks", "iraq")),
    # an envoy one asks another to expel is not yet expelled
    ("Sadr called on the government to close the US embassy and expel the American ambassador.",
     ("muqtada_al_sadr", "accuses", "united_states")),
    # a dateline in title case with its outlet is no subject
    ("Baghdad (Al-Ahed News) – The Iraqi resistance factions warned the American administration against any attempt "
     "to extend its presence.", ("iraq", "threatens", "american_administration")),
    # an end both sides agree on opposes neither
    ("Baghdad and Washington agreed in 2024 to end the coalition's mission by September 2025.",
     ("iraq", "opposes", "international_coalition")),
    # a question, asked or put, tells of no act
    ("Asked whether Kataib Hezbollah would resume attacks on US bases, the spokesman smiled.",
     ("kataib_hezbollah", "threatens", "us_forces")),
    ("Q: Are you worried that Iraq will be drawn into a war between Iran and Israel?", ("iran", "threatens", "israel")),
    # a wrong named in what the speaker resists is the resisted's, not the speaker's own act's
    ("Iraqi resistance targets occupation base in Syria with drones\n\nThe Islamic Resistance in Iraq announced on "
     "Tuesday that its mujahideen had targeted the American occupation base at al-Shaddadi in Syria with a swarm of "
     "drones.\n\nIn a statement, the Resistance said the operation came \"in continuation of our approach to "
     "resisting the occupation forces in Iraq and the region.\"", ("islamic_resistance_in_iraq", "accuses", "iraq")),
    # a person's coalition is the one they lead, not one they are a member of
    ("The Coordination Framework controls the cabinet. Its largest members, the State of Law coalition of former "
     "prime minister Nouri al-Maliki and the Fatah alliance, have used that position.",
     ("nouri_al_maliki", "member_of", "state_of_law_coalition")),
    # a city struck is the city, not the government it is the seat of
    ("Kataib Hezbollah fired drones at Erbil, killing two.",
     ("kataib_hezbollah", "attacks", "kurdistan_regional_government")),
    # a name inside a longer name the NER cut is the longer name's word, not an actor of its own
    ("Baghdad - The Coordination Council of the Iraqi Resistance warned on Saturday that it would escalate "
     "operations against American interests.",
     ("coordination_council_of_the_iraqi_resistance", "member_of", "islamic_resistance_in_iraq")),
    # "the resistance" stands for the groups more than for an act: it recalls no attacker
    ("Kildani told Al-Sumaria TV that Washington was targeting him because of his support for the resistance.",
     ("kildani", "supports", "united_states")),
    # the objects of a verb's reading are those of its own preposition: standing with one is no stand against it
    ("Araghchi said Tehran stood with Baghdad against any threat.", ("iran", "opposes", "iraq")),
    # the court that sentences men for an attack did not attack
    ("An Iraqi criminal court sentenced three members of Kataib Hezbollah to life in prison for firing rockets at "
     "the US embassy in Baghdad.", ("iraqi_criminal_court", "attacks", "united_states")),
    # one warned of what a third party may do is only told of it
    ("Washington has warned Baghdad that any attack by Kataib Hezbollah would draw a response.",
     ("united_states", "threatens", "iraq")),
    # what the one whose leader a relative clause names is close to is the leader's stand, not the group's
    ("Asaib Ahl al-Haq, whose leader Qais al-Khazali is close to Sudani, has stayed out of the fight.",
     ("asaib_ahl_al_haq", "supports", "mohammed_shia_al_sudani")),
    # nor is one warned of what the warner's own state will be
    ("On Dec. 3 Sudani warned Turkish President Recep Tayyip Erdogan by phone that Iraq would not be a passive "
     "spectator of the fallout from Syria.", ("mohammed_shia_al_sudani", "threatens", "recep_tayyip_erdogan")),
    # a former facility holds no force
    ("Rockets landed near the Victory base, a former US facility at Baghdad airport.",
     ("us_forces", "deployed_in", "baghdad_airport")),
    # talks between two others are not the talks of one who acts after them
    ("The United States struck Kataib Hezbollah after talks between Iraq and Iran.",
     ("united_states", "negotiates_with", "iraq")),
    # a US diplomatic facility is no armed force
    ("Rockets hit Baghdad International Airport, which hosts a US diplomatic facility.",
     ("us_forces", "deployed_in", "baghdad_airport")),
    # the region's security council is not the UN's
    ("The Kurdistan Region's security council called on the federal government to take a firm stand.",
     ("un_security_council", "demands", "iraqi_government")),
    # pushing a state into a war asks nothing of it
    ("Yahya Rasool warned that the US strike would push Iraq into a dangerous escalation.",
     ("united_states", "demands", "iraq")),
    # the man a participle says was killed did not kill; "the strike" is the one that killed him
    ("WASHINGTON \u2014 A senior Kataib Hezbollah commander killed in a US drone strike in Baghdad on Wednesday had "
     "directly planned and participated in attacks on American forces, the Pentagon said.\n"
     "Iraqi military spokesman Yahya Rasool said the strike was a clear violation of Iraqi sovereignty.",
     ("yahya_rasool", "accuses", "kataib_hezbollah")),
    # the troops' "they" is not the forces they train
    ("About 2,500 American troops remain in Iraq. The troops advise and assist Iraqi security forces fighting the "
     "remnants of Islamic State, and they are based at Ain al-Asad.",
     ("iraqi_security_forces", "deployed_in", "ain_al_asad_airbase")),
    # "the most powerful factions" of a body is a kind picked from, not the factions named before
    ("The Islamic Resistance in Iraq, an umbrella of Iran-backed armed factions, claimed the attack.\n"
     "Kataib Hezbollah, one of the most powerful factions in the Popular Mobilization Forces, denied any role.",
     ("iran_backed_militias", "member_of", "popular_mobilization_forces")),
    # a speaker elected leads the parliament and holds no office of the state beside
    ("Iraq's parliament elected Mahmoud al-Mashhadani as speaker.",
     ("mahmoud_al_mashhadani", "official_of", "iraqi_parliament")),
    # the prime minister a bloc chose is the state's, not one of the bloc
    ("The Coordination Framework chose Mohammed Shia al-Sudani as prime minister in 2022.",
     ("mohammed_shia_al_sudani", "member_of", "coordination_framework")),
    # "them" after acts the sentence is about takes up the acts
    ("The arrests drew condemnation from the Fatah Alliance, the political bloc of the Popular Mobilization Forces, "
     "which called them a violation of the law.", ("fatah_alliance", "accuses", "popular_mobilization_forces")),
    # "the attack" after an arrest of men suspected of an attack is that attack, not the arrest
    ("Iraqi security forces arrested three men suspected of planting a bomb near the Turkish consulate in Mosul. "
     "Ankara condemned the attack.", ("turkey", "accuses", "iraqi_security_forces")),
    # a possessive in the subject of a clause coordinated with one about unnamed plural others is theirs
    ("American forces killed a Nujaba commander in Baghdad last year.\n"
     "Since then, the factions have focused on elections, and some of their leaders have endorsed Sudani.",
     ("us_forces", "supports", "mohammed_shia_al_sudani")),
    # a claimed attack on a place recalls no attack told of elsewhere
    ("A drone attack killed three US soldiers at Tower 22 in Jordan.\n"
     "Kataib Hezbollah claimed the rocket attack on Erbil airport.", ("kataib_hezbollah", "attacks", "us_forces")),
    # what a speaker says someone is not, they are not charged with
    ("Qais al-Khazali said Asaib Ahl al-Haq was not a threat to anyone except the occupiers.",
     ("qais_khazali", "accuses", "asaib_ahl_al_haq")),
    # a person's killing is the killing of them: avenging it threatens whoever killed them, not them
    ("An Israeli strike killed Abu Hussein al-Hamidawi, a Kataib Hezbollah commander, near Damascus. "
     "The group vowed to avenge his killing.", ("kataib_hezbollah", "threatens", "abu_hussein_al_hamidawi")),
    # a scripture is no actor
    ("Sadrists protested the burning of a Koran in Denmark.", ("koran", "located_in", "denmark")),
    # a dateline's city the parser made the root is no party to the sentence's verb
    ("Iraqi leaders back Sudani after Trump call\n\nBAGHDAD — Leaders of the Coordination Framework met on Monday "
     "and declared their support for Sudani.", ("coordination_framework", "negotiates_with", "iraq")),
    # what one is sanctioned for is the charge, not an act told
    ("The Treasury sanctioned Akram al-Kaabi in 2019 for threatening American personnel.",
     ("akram_al_kaabi", "threatens", "us_forces")),
    # a leader of a people or faith is no leader of the state the other adjective names
    ("Iraqi Kurdish leader meets Turkish president in Ankara", ("iraq", "negotiates_with", "turkey")),
    # a wrong one cooperates against is not one's own
    ("Erdogan said Turkey expected the Kurdistan Regional Government to cooperate fully against terrorist groups.",
     ("recep_tayyip_erdogan", "accuses", "kurdistan_regional_government")),
    ("A US strike killed Abu Baqir al-Saadi, who oversaw Kataib Hezbollah's operations in Syria.",
     ("abu_baqir_al_saadi", "leads", "kataib_hezbollah")),
    ("The factions are split, with Nouri al-Maliki backing Sudani and Qais al-Khazali supporting Halbousi.",
     ("nouri_al_maliki", "supports", "qais_khazali")),
    # what another did to someone, as the narrator tells it, is no threat the speaker makes
    ("The Taqadum party of Mohammed al-Halbousi, who was removed by the Federal Supreme Court in November, insisted "
     "on its nominee.", ("taqadum_party", "threatens", "mohammed_al_halbousi")),
    # responsible for a duty is no blame
    ("Rockets hit the Green Zone. The US embassy said the Iraqi government was responsible for protecting "
     "diplomats.", ("united_states", "accuses", "iraqi_government")),
    ("Iran asked Iraqi groups aligned with Tehran, including Kataib Hezbollah, to halt their attacks.",
     ("iran_backed_militias", "supports", "kataib_hezbollah")),
    # heading a group's operations is being one of the group
    ("Iraqi forces arrested Qasim Muslih, a senior commander in the Popular Mobilization Forces. Muslih, who heads "
     "PMF operations in Anbar, was freed days later.", ("qasim_muslih", "leads", "popular_mobilization_forces")),
    # a fight the speaker's side helps another to is the other's, and no threat of the speaker's
    ("Austin said the United States would keep helping the Peshmerga fight the Islamic State.",
     ("austin", "threatens", "islamic_state")),
    # the one whose act a threat is conditional on is not threatened when the threat strikes someone else
    ("Kaabi warned that the Islamic Resistance in Iraq would strike American bases if Israel attacked Iran.",
     ("kaabi", "threatens", "israel")),
    # a state's own groups are not the state
    ("Iraq also considers U.S. strikes against its militia groups a security threat.",
     ("united_states", "attacks", "iraq")),
    # a name with a title of its own holds no role of the name it is coordinated with
    ("The deal was signed by Iran's Supreme National Security Council secretary Ali Shamkhani and Iraq's National "
     "Security Adviser Qasim al-Araji.", ("qasim_al_araji", "official_of", "iran")),
    ("The YBS is linked to the PKK. Turkey considers it a PKK affiliate and has struck its members.",
     ("turkey", "attacks", "pkk")),
    ("Groups such as Kataib Hezbollah and Nujaba have attacked US bases. They accuse Washington of backing Israel.",
     ("us_forces", "accuses", "united_states")),
    # "the government" takes up no parliament
    ("The Iraqi parliament voted to expel US troops. A US official said the government must protect American "
     "diplomats.", ("united_states", "demands", "iraqi_parliament")),
    # an act set off after a phrase names none of the phrase's actors
    ("Two officials said the drones had been launched by members of Kataib Hezbollah and Asaib Ahl al-Haq, an "
     "accusation both groups rejected.", ("asaib_ahl_al_haq", "member_of", "kataib_hezbollah")),
    ("Two officials said the drones had been launched by members of Kataib Hezbollah and Asaib Ahl al-Haq, an "
     "accusation both groups rejected.", ("kataib_hezbollah", "opposes", "asaib_ahl_al_haq")),
    ("The PKK said it had decided to disband and end its armed struggle against Turkey, following a call by its "
     "jailed leader Abdullah Ocalan.", ("abdullah_ocalan", "official_of", "turkey")),
    ("The Houthi delegation was led by Mohammed Abdulsalam.", ("mohammed_abdulsalam", "leads", "houthis")),
    ("Rockets struck Ain al-Asad air base. Kataib Hezbollah did not claim responsibility.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # a description takes up what its noun introduced as no actor, not a group named in between
    ("ISIS militants attacked Kirkuk. The army will form two brigades. Coalition advisers will train the brigades.",
     ("international_coalition", "supports", "islamic_state")),
    # a description of a body of a kind takes up no body whose name lacks the words of its kind
    ("Iraq's government welcomed the agreement. The foreign ministry later condemned the Turkish strikes.",
     ("iraqi_government", "accuses", "turkey")),
    # those one holds talks with do not talk with one another
    ("A Hamas delegation arrived in Baghdad for talks with Iraqi officials and leaders of the Coordination "
     "Framework.", ("iraq", "negotiates_with", "coordination_framework")),
    # whom a killing's companion is killed with is no killer of the named dead
    ("A US drone strike killed Kataib Hezbollah commander Abu Baqir al-Saadi along with two of his guards, Hassan Ali "
     "and Karim Jabbar.", ("hassan_ali", "kills", "abu_baqir_al_saadi")),
    # strikes urged on a group ask nothing of it: the "on" names their target
    ("Senator Lindsey Graham urged strikes on Kataib Hezbollah.", ("lindsey_graham", "demands", "kataib_hezbollah")),
    # a state's enemies are not the state
    ("Kataib Hezbollah condemned Iran's enemies.", ("kataib_hezbollah", "accuses", "iran")),
    # a state named on its own body is one side with it
    ("The Kurdistan Regional Government accused Baghdad of provoking the fighting. Iraq's Joint Operations Command "
     "said its forces had responded. The United States urged both sides to avoid escalation.",
     ("united_states", "demands", "iraqi_joint_operations_command")),
    # a condition's subject pronoun is its outcome's subject, here no actor, not a group named before
    ("Akram al-Kaabi, the secretary-general of Harakat al-Nujaba, spoke. \"The occupation will leave by force if it "
     "does not leave by negotiation,\" Kaabi said.", ("akram_al_kaabi", "threatens", "harakat_al_nujaba")),
    # nor is the enemy the helped one fights helped
    ("Iraq agreed to help the coalition fight ISIS.", ("iraq", "supports", "islamic_state")),
    # a fight agreed on is a purpose, no attack
    ("Turkey and Iraq agreed to fight the PKK together.", ("turkey", "attacks", "pkk")),
    # groups named together who "have fought" somewhere may have fought side by side
    ("Kataib Sayyid al-Shuhada and Harakat al-Nujaba have fought in Syria on behalf of Bashar al-Assad.",
     ("kataib_sayyid_al_shuhada", "attacks", "harakat_al_nujaba")),
    # an arrest is named by no killing it is over: "the killing" is not the arresters'
    ("Iraqi security forces arrested several suspects in the killing of an American teacher. The US State Department "
     "condemned the killing.", ("us_state_department", "accuses", "iraqi_security_forces")),
    # but a group's units are no whole of their own
    ("Several PMF brigades are affiliated with Kataib Hezbollah.",
     ("popular_mobilization_forces", "member_of", "kataib_hezbollah")),
    # a call with a clause of its own shares no object with the verb coordinated after it
    ("Ali al-Sistani called on Friday for all sides to exercise restraint and condemned the US strike.",
     ("ali_al_sistani", "demands", "united_states")),
    # what another says an actor took part in is its charge, not an attack the text tells
    ("The Pentagon said Abu Taqwa had been involved in attacks against American personnel.",
     ("abu_taqwa_al_saidi", "attacks", "us_forces")),
    # what a speaker calls a force's base places no force there
    ("Iran fired missiles at what it called an Israeli base in Erbil.",
     ("israel_defense_forces", "deployed_in", "erbil")),
    # a warning of what a thing will do threatens nobody
    ("Washington warned Baghdad that the law would entrench Iran's influence.", ("united_states", "threatens", "iraq")),
    # what is blamed on an actor is an act, not an actor
    ("Biden said the drone attack killed three American soldiers in Jordan, which Washington has blamed on "
     "Iran-backed militias.", ("united_states", "accuses", "jordan")),
    # what a state's own body says its forces did is no charge against them
    ("Iraqi counter-terrorism forces killed a senior Islamic State commander in an operation southwest of Kirkuk, the "
     "Joint Operations Command said.", ("iraqi_joint_operations_command", "accuses", "iraqi_security_forces")),
    # calling a state's move something is no call to the state
    ("Fatah Alliance leader Hadi al-Amiri called the US move an insult to Iraq's sovereignty.",
     ("hadi_al_amiri", "negotiates_with", "united_states")),
    ("Asaib Ahl al-Haq fought the Islamic State as part of the Popular Mobilization Forces.",
     ("islamic_state", "member_of", "popular_mobilization_forces")),
    # the head of a diplomatic mission holds an office; it leads no state or body the mission is of
    ("The United Nations mission in Iraq, headed by Jeanine Hennis-Plasschaert, called on all sides to exercise "
     "restraint.", ("jeanine_hennis_plasschaert", "leads", "united_nations")),
    # an act of force an outlet reports is its own news, not the striker's word
    ("Israeli warplanes struck targets near Damascus early on Monday, Syrian state news agency SANA reported.",
     ("israel_defense_forces", "quoted_by", "sana")),
    # a group's targets named with its short form in brackets are the group's, not the countries they are in
    ("Turkish warplanes struck 29 Kurdistan Workers' Party (PKK) targets in northern Iraq and Syria overnight, the "
     "defence ministry said.", ("turkish_armed_forces", "attacks", "iraq")),
    # a ship's name is a place's, and no word of it an actor
    ("The Houthis said they had fired missiles at the MV Star Iris in the Red Sea.", ("houthis", "attacks", "iris")),
    # a name of its own a place opens is no place's body
    ("BAGHDAD, March 4 (Reuters) - Three Katyusha rockets landed near the Baghdad International Airport logistics "
     "hub late on Tuesday, Iraqi security sources said, in the third such incident this month.\n\n"
     "Prime Minister Mohammed Shia al-Sudani ordered an investigation and directed the commander of Baghdad "
     "Operations, Lt. Gen. Ahmed Salim, to step up patrols around the airport.",
     ("ahmed_salim", "official_of", "iraq")),
    # a duty one is held responsible for is no blame
    ("Washington held the Iraqi government responsible for protecting its personnel.",
     ("united_states", "accuses", "iraqi_government")),
    # a nationality no actor stands for makes another state's body, not the one named before
    ("Iraq's foreign ministry condemned the attack on the embassy. Later on Thursday, the Iraqi government expelled "
     "the Swedish ambassador. Sadr had called for protests against Sweden a day earlier, calling the Swedish "
     "government \"hostile to Islam\".", ("muqtada_al_sadr", "accuses", "iraqi_government")),
    ("The head of the UN mission in Iraq, Mohamed Al Hassan, told the Security Council that attacks risked dragging "
     "the country into war.", ("mohamed_al_hassan", "leads", "united_nations")),
    # an attack named on someone is none of theirs, whoever attacked last
    ("US fighter jets struck two facilities in eastern Syria, in response to a string of attacks on American troops. "
     "Austin said these Iranian-backed attacks against US forces are unacceptable.", ("iran", "supports", "us_forces")),
    # an attack that did not take place is none
    ("The Israeli military said the attack on Hezbollah did not take place.",
     ("israel_defense_forces", "attacks", "hezbollah")),
    ("Abdul Malik al-Houthi, the leader of Yemen's Houthi movement, said his forces would escalate their attacks.",
     ("abdul_malik_al_houthi", "official_of", "yemen")),
    ("Kataib Hezbollah: Founded in 2007 by Abu Mahdi al-Muhandis, the group is the most powerful of the factions."
     "\n\nAsaib Ahl al-Haq: Led by Qais al-Khazali, the group split from Moqtada al-Sadr's Mahdi Army in 2006.",
     ("qais_khazali", "leads", "kataib_hezbollah")),
    ("Kataib Sayyid al-Shuhada: Its leader, Abu Alaa al-Walai, has threatened to attack US forces if they do not "
     "leave Iraq.", ("kataib_sayyid_al_shuhada", "accuses", "abu_alaa_al_walai")),
    ("The PMF's Diyala operations commander, Talib al-Mousawi, said reinforcements had been sent.",
     ("talib_al_mousawi", "leads", "popular_mobilization_forces")),
    # a ship tied to a state by its owners, or a cargo ship, is no force of the state's
    ("Houthis seize Israel-linked ship in Red Sea, take crew hostage",
     ("israel_defense_forces", "deployed_in", "red_sea")),
    ("The Houthis seized a cargo ship of an Israeli company in the Red Sea.",
     ("israel_defense_forces", "deployed_in", "red_sea")),
    # whose a base is, not where it is
    ("A blast hit the Kalsu base in northern Babil. The base, a US installation until it was handed to Iraqi forces "
     "in 2011, now hosts army units.", ("kalsu_base", "located_in", "united_states")),
    # a relative clause's "it" after an identification is the identifier, not the group told of before
    ("A strike killed a senior commander of Kataib Hezbollah, US Central Command said. CENTCOM identified the "
     "commander as Abu Baqir al-Saadi, who it said was responsible for attacks on US forces.",
     ("kataib_hezbollah", "accuses", "abu_baqir_al_saadi")),
    ("The Islamic Resistance in Iraq, a coalition of armed factions, claimed the attack. Nujaba, one of the factions "
     "in the coalition, vowed more.", ("harakat_al_nujaba", "member_of", "international_coalition")),
    # the head of a state's body leads the body, and holds no other office by the phrase
    ("The speaker of Iraq's parliament, Mohammed al-Halbousi, said lawmakers reject it.",
     ("mohammed_al_halbousi", "official_of", "iraqi_parliament")),
    # an act the promise came after was done, and is no threat
    ("Kataib Hezbollah vowed revenge after the US strike on Iraqi forces.",
     ("kataib_hezbollah", "threatens", "iraqi_security_forces")),
    # the one holding another responsible accuses; the speaker who reports it does not
    ("Pentagon spokeswoman Sabrina Singh said the United States held Iran responsible.",
     ("sabrina_singh", "accuses", "iran")),
    # joining a partner in an act is no membership, and a participle set off is out of a denial's scope
    ("British jets joined US forces in strikes on Houthi targets.",
     ("british_armed_forces", "member_of", "us_forces")),
    ("A veteran of Kataib Hezbollah, Abu Fadak fought against US forces.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # a ministry saying its jets joined a partner's strikes blames no one
    ("Britain's defence ministry said Royal Air Force jets had joined the US in new strikes on Houthi targets.",
     ("british_defence_ministry", "accuses", "british_armed_forces")),
    # a promise after an act does not make the act a threat
    ("Militia leader vows revenge after Israeli strike on Syrian army camp",
     ("israel", "threatens", "syrian_army")),
    # "it" said by a group no name is given is that group, not a state named in its description
    ("An Iraqi armed faction aligned with Iran said on Tuesday it would resume attacks on US forces.",
     ("iran", "threatens", "us_forces")),
    ("Turkey has carried out hundreds of strikes in northern Syria and Iraq since a deadly attack in Ankara last "
     "month, which it blamed on the PKK.", ("iraq", "accuses", "pkk")),
    ("Israeli strike on Damascus kills IRGC general, Iran vows response", ("iran", "threatens", "syria")),
    ("The protests followed a sermon by Ayatollah Ali Hamza, a cleric whom many Sadrists followed, who said he was "
     "retiring, urged calm and accused Muqtada al-Sadr of dividing Shiites.", ("sadrist_movement", "accuses",
                                                                          "muqtada_al_sadr")),
    ("US strike south of Baghdad kills four PMF members; Iraq calls it a heinous crime",
     ("iraq", "accuses", "popular_mobilization_forces")),
    # those described are the described, never the describer, named or not
    ("Saar named six groups, describing them as subsidiaries of the Popular Mobilization Forces.",
     ("saar", "member_of", "popular_mobilization_forces")),
    # an act left open in a choice is neither told nor threatened
    ("Hezbollah leader Hassan Nasrallah said the Iraqi factions were free to decide whether to continue their attacks "
     "on US forces.",
     ("hassan_nasrallah", "threatens", "us_forces")),
    # what one is urged to demand of another is not demanded
    ("Saar urged the Security Council to press the Iraqi government to stop the attacks.",
     ("un_security_council", "demands", "iraqi_government")),
    ("Qaani, who succeeded Qassem Soleimani after his killing in a US strike in 2020, met Sudani.",
     ("united_states", "kills", "esmail_qaani")),
    ("Clashes broke out between Kurdish peshmerga forces and fighters of the Kurdistan Workers' Party (PKK) near "
     "Zakho.", ("pkk", "attacks", "pkk")),
    # a place's name on an attack says where it was; a headline's dead are killed, and kill no one
    ("Jordan border attack: three US soldiers killed, Biden blames Iran-backed militants",
     ("us_forces", "attacks", "jordan")),
    # support in a fight against a foe is no support of the foe
    ("Sudani thanked Washington for its support in the fight against Islamic State.",
     ("united_states", "supports", "islamic_state")),
    # a people's leader holds no office of the state the people live in
    ("Iraqi Kurdish leader Bafel Talabani accused the KDP of siding with Turkey.",
     ("bafel_talabani", "official_of", "iraq")),
    # "leave" with a killing after it leaves no one dead
    ("Hadi al-Amiri, head of the Fatah Alliance in parliament, called on Monday for all American forces to leave "
     "Iraq after a US strike killed Iranian General Qassem Soleimani and Iraqi militia commander Abu Mahdi "
     "al-Muhandis at Baghdad airport.", ("us_forces", "attacks", "iraq")),
    # a plural description after a person's goes on to list others, who hold its role
    ("Among those sanctioned were Hussein Muanis, the secretary general of Kataib Sayyid al-Shuhada, and two "
     "commanders of Harakat al-Nujaba.", ("hussein_muanis", "member_of", "harakat_al_nujaba")),
    # a participle of warning after a clause reported goes on with the speaker's words: "it" is the speaker
    ("Kataib Hezbollah said the US must leave Iraq, warning that it would escalate attacks.",
     ("kataib_hezbollah", "accuses", "iraq")),
    # "them" counted after people killed is those people
    ("U.S. fighter jets struck a weapons depot near Mayadin. A war monitor said nine people were killed in the strike, "
     "most of them members of Iran-backed militias.", ("us_forces", "member_of", "iran_backed_militias")),
    # a word the text used for a group of others is not, later, the actor the registry knows by the word
    ("The Islamic Resistance in Iraq said it had launched a drone at Eilat, the latest in a string of attacks the "
     "coalition of Iran-backed militias says it has carried out. Kataib Hezbollah, the most powerful member of the "
     "coalition, has said its fighters will keep up attacks.",
     ("kataib_hezbollah", "member_of", "international_coalition")),
    # what follows a headline's colon is the source's story, which describes no source
    ("Rudaw: PKK fighters killed in Turkish strike on Makhmour camp", ("rudaw", "member_of", "pkk")),
    # a man of a people said to be from a state stands for no state
    ("Turkish strike kills Iraqi Yazidi commander in Sinjar", ("turkey", "attacks", "iraq")),
    # a group whose man was killed is attacked, not the umbrella it belongs to
    ("A Turkish drone strike on Monday killed a commander of the Sinjar Resistance Units, a Yazidi armed group "
     "affiliated with the Popular Mobilisation Forces.", ("turkey", "attacks", "popular_mobilization_forces")),
    # "it" in the words of one who condemns an attack is the attack
    ("A rocket landed near the US embassy, the Iraqi military said. Prime Minister Adel Abdul Mahdi condemned the "
     "attack, saying it violated the country's sovereignty.", ("adel_abdul_mahdi", "accuses", "iraqi_security_forces")),
    # ... nor is the group there an actor it names
    ("Kataib Hezbollah was founded in 2007. After Islamic State overran a third of Iraq in 2014, the group joined the "
     "Popular Mobilisation Forces.", ("islamic_state", "member_of", "popular_mobilization_forces")),
    # ... and not the one the act was against
    ("Kataib Hezbollah last year offered to arm 12,000 fighters in Jordan to fight Israel, a move Amman condemned as "
     "interference in its internal affairs.", ("jordan", "accuses", "israel")),
    # ... and not the state
    ("Israeli warplanes struck a position held by Iraqi fighters of Harakat al-Nujaba near Albu Kamal.",
     ("israel_defense_forces", "attacks", "iraq")),
    # a place is in the district named before "of", not in the province the district is in
    ("A drone struck the Khor Mor gas field in Chamchamal district of Sulaimaniyah province late on Friday.",
     ("khor_mor_gas_field", "located_in", "sulaimaniyah_province")),
    # "it" held responsible is not the group a base is named for
    ("The Iraqi military spokesman said the coalition had carried out an unjustified attack on a Popular Mobilization "
     "Forces base and that the government would hold it responsible.",
     ("iraqi_government", "accuses", "popular_mobilization_forces")),
    # "Unlike X, the group" is not X
    ("Kataib Sayyid al-Shuhada has seats in parliament. Unlike Kataib Hezbollah, the group has sought a place in "
     "politics. In January the group said it had launched drones at US forces at the Ain al-Asad base.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # a headline's leader is the person the story names, not the group
    ("Badr leader warns Turkey over strikes\n\nThe head of the Badr Organization, Hadi al-Amiri, warned Turkey on "
     "Wednesday that its operations would not go unanswered.", ("badr_organization", "threatens", "turkey")),
    # a state owning the force an office is of gives the office holder no office of its own
    ("Iran's Quds Force commander Esmail Qaani visited Baghdad on Monday.", ("esmail_qaani", "official_of", "iran")),
    # a participle of stance set off after what a speaker said is not the reported clause's subject's
    ("The Pentagon said on Monday that US forces would remain in Syria to prevent an Islamic State resurgence, "
     "rejecting demands by Iran-aligned groups for their departure.", ("us_forces", "opposes", "iran_backed_militias")),
    # an act answered is not what "the operation" recalls
    ("Turkish warplanes struck PKK targets in the Qandil mountains overnight, killing 12 militants. The ministry said "
     "the strikes were in response to a PKK attack on a Turkish base that killed two soldiers. Iraq's foreign "
     "ministry condemned the operation.", ("iraqi_foreign_ministry", "accuses", "pkk")),
    # the first clause's subject does not say what a later clause's own speaker says
    ("A US drone strike killed two Kataib Hezbollah members. Kataib Hezbollah vowed revenge, and the Iraqi government "
     "said the strike was a blatant violation of its sovereignty.", ("kataib_hezbollah", "accuses", "united_states")),
    # managing an end to a mission leads no one
    ("Sudani has no rupture with Washington. His government is trying to manage a negotiated end to the US-led "
     "coalition's mission.", ("iraqi_government", "leads", "international_coalition")),
    # no one puts itself on its own list
    ("The Treasury said on Monday that Harakat al-Nujaba and its leader, Akram al-Kaabi, had been added to its list "
     "of Specially Designated Global Terrorists.", ("harakat_al_nujaba", "accuses", "akram_al_kaabi")),
    # ... but not one they might draw
    ("Kataib Hezbollah's attacks could draw American retaliation, officials warned.",
     ("united_states", "attacks", "kataib_hezbollah")),
    # ... not an attack told, nor the purpose of the clause's subject
    ("Iraq's parliament met on Monday over Israeli threats to strike targets inside the country.",
     ("israel", "attacks", "iraq")),
    ("Iraq's parliament met on Monday over Israeli threats to strike targets inside the country.",
     ("iraqi_parliament", "attacks", "israel")),
    # "the coalition countries" are several, not the one state the article names most
    ("The United States has 2,500 troops in Iraq and Syria. Qasim al-Araji said the coalition countries had helped "
     "Iraq defeat Daesh.", ("united_states", "supports", "iraq")),
    # ... and no threat
    ("Iraqi factions said on Thursday they would expand attacks on shipping, a day after the United States and "
     "Britain struck Houthi targets in Yemen.", ("united_states", "threatens", "houthis")),
    # a fight told as what came before a subject's act is not said to be the subject's
    ("Iraqi security forces arrested 14 members of Kataib Hezbollah on Sunday after a gunfight with federal police in "
     "the Dora district.", ("iraqi_security_forces", "attacks", "iraqi_federal_police")),
    # the outlet a claim is made on is no target
    ("Gunmen killed a commander of the Popular Mobilization Forces near Rutba on Saturday. Islamic State claimed "
     "responsibility for the attack in a statement on its Amaq news agency.",
     ("islamic_state", "attacks", "amaq_news_agency")),
    # acts said to go on or grow harm no one: no charge against their doer
    ("The Islamic Resistance in Iraq claimed two drone attacks on US bases in Syria on Sunday. Hussein al-Moussawi, "
     "a spokesman for Harakat al-Nujaba, told Al Mayadeen that the attacks would escalate.",
     ("hussein_al_moussawi", "accuses", "islamic_resistance_in_iraq")),
    # a state's people killed are no attack on the state
    ("Lawmakers said parliament would not stand by while Turkish forces killed Iraqis.",
     ("turkish_armed_forces", "attacks", "iraq")),
    # the head of a group's body leads the body, not the group
    ("Asaib Ahl al-Haq's political bureau head, Saad al-Suwaidi, met the Iranian ambassador on Sunday.",
     ("saad_al_suwaidi", "leads", "asaib_ahl_al_haq")),
    # a penalty strikes no one
    ("The US Treasury imposed sanctions on three Iraqi militia leaders on Friday. The sanctions target Qais "
     "al-Khazali and his brother Laith.", ("us_treasury", "attacks", "qais_khazali")),
    # a place before a noun of time names a clock, not a container
    ("TAMPA, Fla. – On March 3 at 11:15 p.m. (Baghdad time), U.S. forces conducted a strike on a Kataib Hezbollah "
     "depot.", ("tampa", "located_in", "baghdad")),
    # a participle done to a subordinate clause's subject is the main clause's act
    ("A US gunship struck a vehicle carrying Kataib Hezbollah fighters after they fired a rocket at Ain al-Asad, "
     "killing five of them.", ("kataib_hezbollah", "kills", "us_forces")),
    # a named dead person is killed, not attacked
    ("US forces struck a car carrying Abu Taqwa, a Nujaba commander, killing him and his driver.",
     ("us_forces", "attacks", "abu_taqwa_al_saidi")),
    # an arrest recalls only an arrest, not an attack told before
    ("Three rockets were fired at the Victory base near Baghdad airport on Monday, the Security Media Cell said. No "
     "group claimed responsibility, but US officials have blamed such attacks on Kataib Hezbollah. Prime Minister "
     "Mustafa al-Kadhimi ordered the arrest of those responsible, his office said.",
     ("mustafa_al_kadhimi", "attacks", "kataib_hezbollah")),
    # no one is counted among whom its own clause's subjects urge
    ("The KDP accused the PUK of delaying the budget. The United States and the European Union have urged both "
     "parties to resolve the dispute.", ("united_states", "demands", "european_union")),
    # what a text introduced unnamed a few sentences back is no actor named since in a clause of its own
    ("KIRKUK, Iraq — The Iraqi army and the Kurdistan Region's Peshmerga forces agreed on Monday to form three "
     "joint brigades to secure the gaps between their lines in the disputed territories, where Islamic State "
     "cells have exploited the vacuum to launch attacks. The agreement was reached at a meeting in Baghdad "
     "between Peshmerga Minister Babakir Zebari and Iraqi army chief of staff Lt. Gen. Abdul Amir Yarallah, a "
     "statement from the Joint Operations Command said. U.S.-led coalition advisers, who have long pushed for "
     "the plan, will help train and equip the brigades, the coalition said.",
     ("international_coalition", "supports", "islamic_state")),
    # fighting one alongside another backs the other, not the one fought
    ("The YBS, which has fought Islamic State alongside the Peshmerga, denied the charge.",
     ("ybs", "supports", "islamic_state")),
    # the land armed men are from does not do what they do
    ("Houthi leader praises Iraqi factions' attacks on US bases", ("iraq", "attacks", "us_forces")),
    # an office another state's name is on is no one named to the office for a state before
    ("Iraq's ambassador to the United Nations, Mohammed Bahr al-Ulloum, addressed the Security Council on Tuesday. "
     "Kuwait's envoy, who spoke next, welcomed Baghdad's efforts to improve relations with its neighbours.",
     ("mohammed_bahr_al_ulloum", "official_of", "kuwait")),
    # the forces in a named base attacked in a place are in the base, the base in the place
    ("A drone targeted the Harir air base, which hosts coalition forces, in the Shaqlawa district on Monday.",
     ("international_coalition", "deployed_in", "shaqlawa_district")),
    # "it" labelled after the object a verb took is that thing, not an actor named before
    ("Asaib Ahl al-Haq leader Qais al-Khazali also opposed the proposal, calling it \"an occupation in disguise.\"",
     ("qais_khazali", "opposes", "asaib_ahl_al_haq")),
    # land an attack comes from is where, not who
    ("Iraq sent a letter rejecting Israeli accusations that Iraqi factions were launching attacks on Israel from "
     "Iraqi territory.", ("iraq", "attacks", "israel")),
    # a backed target is no state it is in, nor is the state backing it
    ("Israel struck Iran-backed targets in Syria.", ("israel", "attacks", "syria")),
    ("Israel struck Iran-backed targets in Syria.", ("iran", "supports", "syria")),
    ("Israel has carried out strikes on Iran-linked targets in Syria.", ("israel", "attacks", "iran")),
    # a timeline's date label leaves the sentence after it whole: a purpose is no act
    ("Timeline\n\n2003-2007: Kataib Hezbollah emerges from groups trained by Iran's Quds Force to fight US troops.",
     ("kataib_hezbollah", "attacks", "us_forces")),
    # a pronoun so described names no one
    ("His office said the government would protect coalition advisers and pursue those responsible.",
     ("iraqi_prime_ministers_office", "accuses", "international_coalition")),
    # a word of force describing a state noun leaves the state the state
    ("\"The Turkish occupation state continues its attacks on our region,\" SDF spokesman Farhad Shami said.",
     ("turkish_armed_forces", "attacks", "syrian_democratic_forces")),
    # a participle describes the noun it follows, not those coordinated before it
    ("Sadr criticised both his own followers and the armed factions aligned with his rivals in the Coordination "
     "Framework.", ("muqtada_al_sadr", "supports", "coordination_framework")),
    # the troops a state hosts are not its own
    ("Iraq hosts 2,500 troops in Anbar.", ("iraqi_security_forces", "deployed_in", "anbar")),
    # what a state's officials urge another to do is not done
    ("Jordanian officials have repeatedly urged Damascus to rein in the groups.",
     ("syria", "opposes", "iran_backed_militias")),
    # a base a state's own name is on is the base in the state, not its force
    ("Strikes on Iraq and Syria came in response to the deaths at the Jordan base.",
     ("jordanian_armed_forces", "deployed_in", "jordan")),
    # a name that runs into a possessive is not "of" what the possessive owns
    ("The U.S. Department of the Treasury's Office of Foreign Assets Control designated six individuals.",
     ("us_treasury", "member_of", "office_of_foreign_assets_control")),
    # an act supposed is not told
    ("Kaabi underlined that the resistance will respond firmly to any American or Zionist aggression against Iraq.",
     ("united_states", "threatens", "iraq")),
    ("The group condemned any US attack on Iraq.", ("united_states", "attacks", "iraq")),
    # what a question asks about is neither told nor threatened
    ("Lawmakers demanded that the government explain how a US drone could strike a PMF base.",
     ("us_forces", "threatens", "popular_mobilization_forces")),
    ("Lawmakers demanded that the Iraqi government explain how a US drone could strike a PMF base.",
     ("iraqi_government", "threatens", "popular_mobilization_forces")),
    ("Iraq fears a possible Israeli strike on its territory.", ("israel", "attacks", "iraq")),
    # whose opponents one is among is no whole one is part of
    ("Harakat al-Nujaba, headed by Akram al-Kaabi, has been among the most vocal opponents of the US presence.",
     ("harakat_al_nujaba", "member_of", "us_forces")),
    ("Amiri, one of the fiercest critics of the United States, spoke on Sunday.",
     ("hadi_al_amiri", "member_of", "united_states")),
    # an expulsion one calls on another to carry out is no threat of one's own
    ("Kaabi has repeatedly called on the Iraqi government to expel American troops.",
     ("kaabi", "threatens", "us_forces")),
    # a dateline's title-case city before an outlet's name does not speak
    ("Tehran, Tasnim - The secretary general of Iraq's Harakat al-Nujaba, Sheikh Akram al-Kaabi, has warned that "
     "the resistance will respond to the American aggression.", ("iran", "threatens", "united_states")),
    # a state that will not let its own territory become a battlefield opposes no one
    ("Jordanian government spokesman Mohammad al-Momani said the kingdom would not allow its territory to become a "
     "battlefield.", ("mohammad_al_momani", "opposes", "jordan")),
    # responsible for plotting no harm is no blame
    ("The adviser, Razi Mousavi, was responsible for coordinating the military alliance between Syria and Iran, the "
     "Tasnim news agency said.", ("tasnim_news_agency", "accuses", "razi_mousavi")),
    # what a told attack struck, called a target, is no threat
    ("Israel has carried out hundreds of strikes in Syria against what it describes as Iran-linked targets, including "
     "Hezbollah positions.", ("israel", "threatens", "hezbollah")),
    # a relative clause with a subject of its own tells nothing of what it modifies
    ("Kataib Sayyid al-Shuhada fought in Syria. It is part of the Popular Mobilization Forces, where it forms the 14th "
     "Brigade.", ("popular_mobilization_forces", "member_of", "14th_brigade")),
    ("Kataib Sayyid al-Shuhada fought in Syria. It is part of the Popular Mobilization Forces, where it forms the 14th "
     "Brigade.", ("kataib_sayyid_al_shuhada", "member_of", "14th_brigade")),
    # the subject of a second clause joined by "and" is no object of the first
    ("The Coordination Framework, a coalition of Iran-aligned parties, called for the expulsion of US forces, and "
     "Prime Minister Mohammed Shia al-Sudani's military spokesman, Yehia Rasool, said the coalition had crossed all "
     "red lines.", ("coordination_framework", "demands", "yahya_rasool")),
    # a place between two states joined by a hyphen lies in neither
    ("An unidentified drone struck a vehicle near the Syrian-Iraqi border crossing of Al-Bukamal on Friday.",
     ("albu_kamal", "located_in", "iraq")),
    # sanctions to come are a threat, and sanctions supposed nothing; neither accuses
    ("Trump vowed to impose sanctions on Kataib Hezbollah over its attacks on US forces.",
     ("donald_trump", "accuses", "kataib_hezbollah")),
    # what a penalty threatened is laid for is told, not threatened
    ("Trump vowed to impose sanctions on Kataib Hezbollah over its attacks on US forces.",
     ("donald_trump", "threatens", "us_forces")),
    ("If Kataib Hezbollah attacks again, Washington will sanction it over its attacks.",
     ("united_states", "accuses", "kataib_hezbollah")),
    # an act a noun names, asked of another through its verb, is not done
    ("Lawmakers urged Biden to launch strikes on Kataib Hezbollah.", ("joe_biden", "attacks", "kataib_hezbollah")),
    ("Lawmakers urged Biden to impose sanctions on Kataib Hezbollah over its attacks.",
     ("joe_biden", "accuses", "kataib_hezbollah")),
    # talks one is urged to hold are not held
    ("Fuad Hussein urged the United States to coordinate with the Iraqi government.",
     ("united_states", "negotiates_with", "iraqi_government")),
    # attacks an operation is to eliminate are not done, nor are they by the place they come from
    ("The ministry said the operation was carried out \"to eliminate terrorist attacks\" against Turkey from northern "
     "Iraq.", ("iraq", "attacks", "turkey")),
    # "the armed forces" are a state's standing military, no force told of before
    ("US forces were attacked on Monday. Sudani is the commander-in-chief of the armed forces.",
     ("mohammed_shia_al_sudani", "leads", "us_forces")),
    ("US forces were attacked on Monday. The armed forces struck Kataib Hezbollah.",
     ("us_forces", "attacks", "kataib_hezbollah")),
    # what an actor can do is not done
    ("Kataib Hezbollah fired rockets last year. Rivals say the group can hit even the prime minister without paying a "
     "price.", ("kataib_hezbollah", "attacks", "mustafa_al_kadhimi")),
    # what a condition put before its subject supposes is not told
    ("Iraq's parliament voted in January. \"Should the Americans insist on staying in defiance of parliament, the "
     "factions will act,\" he said.", ("united_states", "opposes", "iraqi_parliament")),
    # the deeds one is praised for are not the praiser's
    ("The Islamic Resistance in Iraq saluted Ansar Allah for its operations against Israel.",
     ("islamic_resistance_in_iraq", "attacks", "israel")),
    # backing an actor's going is no backing of it
    ("Iraq's parliament voted for the departure of US forces.", ("iraqi_parliament", "supports", "us_forces")),
    # driving out one expects another to do is no threat of the speaker's
    ("At a news conference, Erdogan said Turkey expected Iraq to declare the PKK a terrorist group and to drive its "
     "militants out of Sinjar.", ("recep_tayyip_erdogan", "threatens", "iraq")),
    # what is done "as demanded by" an actor is no demand of the doer's
    ("Amir-Abdollahian called on the Iraqi government to pursue the expulsion of American troops, as demanded by the "
     "Iraqi parliament in 2020.", ("iraqi_parliament", "demands", "hossein_amir_abdollahian")),
    # parties that formed a government are no part of it
    ("The Coordination Framework, the alliance of Shiite parties that formed the government of Mohammed Shia "
     "al-Sudani, includes political wings of several armed factions.",
     ("coordination_framework", "member_of", "iraqi_government")),
    # one is killed "at" a place, which is where, not whom
    ("A US drone strike killed Mushtaq al-Jawari, a commander of Harakat al-Nujaba, at the group's headquarters in "
     "Baghdad.", ("united_states", "kills", "harakat_al_nujaba")),
    # who calls on another to act does not do it
    ("Senator Lindsey Graham called on the administration to hit Iran.", ("lindsey_graham", "attacks", "iran")),
    # two names joined by "and" are two, not one inside the other
    ("A group of US senators urged President Joe Biden to designate Asaib Ahl al-Haq and Kataib Sayyid al-Shuhada "
     "as foreign terrorist organizations.", ("asaib_ahl_al_haq", "member_of", "kataib_sayyid_al_shuhada")),
    # a listing asked of another is not done
    ("A group of US senators urged President Joe Biden to designate Asaib Ahl al-Haq and Kataib Sayyid al-Shuhada "
     "as foreign terrorist organizations.", ("joe_biden", "accuses", "asaib_ahl_al_haq")),
    ("The Islamic Resistance in Iraq said it had attacked the American base with two drones, in what it said was a "
     "response to Israel's aggression on Gaza.", ("us_forces", "accuses", "israel")),
    # a company described after its name is no state its name ends with
    ("Treasury also designated Fly Baghdad, an Iraqi airline it said had provided assistance to the IRGC-QF.",
     ("us_treasury", "accuses", "iraq")),
    # a dateline of two cities is no actor of the sentence after it
    ("Strikes\n\nWASHINGTON/BAGHDAD (Reuters) - The United States carried out air strikes against Kataib Hezbollah in "
     "Iraq on Thursday.", ("iraq", "attacks", "kataib_hezbollah")),
    # those fought against in a relative clause are no members of what it is about
    ("Sadr's followers clashed with Iran-backed militia fighters. At least 30 people were killed in the fighting, "
     "which pitted Saraya al-Salam against members of the Popular Mobilization Forces.",
     ("muqtada_al_sadr", "member_of", "popular_mobilization_forces")),
    # "the operation" recalls the offensive before an insurgency told since
    ("Turkey launched a new offensive against the PKK on Monday. The PKK, which has waged an insurgency against the "
     "Turkish state since 1984, is designated a terrorist group by Turkey. Baghdad's foreign ministry condemned the "
     "operation.", ("iraqi_foreign_ministry", "accuses", "pkk")),
    # a pretext given another is no backing of it
    ("The KRG has called on the PKK to leave, saying its presence provides Turkey with a pretext for operations.",
     ("kurdistan_regional_government", "supports", "turkey")),
    # the one asked to bring others to justice is not charged
    ("Washington expected the Iraqi government to bring the attackers to justice.",
     ("united_states", "accuses", "iraqi_government")),
    ("The United States and Britain carried out a fresh round of strikes against the Houthis. The Houthis have "
     "fired missiles at ships since November. Canada provided support for the operation, the Pentagon said.",
     ("canada", "supports", "houthis")),
    # a state's spokesman is its ministry's or its government's, not the state's
    ("Iran denied it. A spokesman, Nasser Kanaani, said so.", ("nasser_kanaani", "spokesperson_for", "iran")),
    # the rest of a list of targets after a relative clause is no apposition of a noun before it
    ("It was the first such attack in months. Washington has previously blamed Iran-backed factions for similar "
     "attacks, which have targeted the embassy, US troops and convoys.", ("iran", "supports", "us_forces")),
    # a clause labelling an act is the act's, not the city's it happened in
    ("The meeting discussed the attacks that have targeted diplomatic missions in Baghdad, which the speaker "
     "described as a threat to Iraq's reputation.", ("mohammed_al_halbousi", "accuses", "iraq")),
    # no one is killed in a place: a strike recalled later was on no city
    ("A commander was killed in a drone strike on his car in eastern Baghdad on Wednesday. The U.S. military said "
     "it had carried out the strike.", ("us_forces", "attacks", "iraq")),
    # talks with an owner are the owner's, not those of who supports the owner in them
    ("Hadi al-Amiri, the leader of the Badr Organization, spoke. \"We support the prime minister in his "
     "negotiations with the Americans,\" he said.",
     ("hadi_al_amiri", "negotiates_with", "united_states")),
    # talks with an owner are the owner's, not those of who dismisses them
    ("Kaabi dismissed the government's talks with Washington.", ("akram_al_kaabi", "negotiates_with", "united_states")),
    # the Mahdi Army is a militia, no force an occupier is
    ("Kaabi fought the Americans as a member of the Mahdi Army. He said his fighters would strike again whenever the "
     "occupier commits a crime.", ("akram_al_kaabi", "accuses", "mahdi_army")),
    # one's own act is no target: "its" in "launched its war" is the launcher's
    ("He said the U.S. had responded with strikes on facilities used by the IRGC. The attacks began after Israel "
     "launched its war on Hamas in Gaza.", ("united_states", "attacks", "hamas")),
    # attacks named for a kind of attacker name no actor of that kind told before
    ("Israel launched its war on Hamas in Gaza. Iraq's government has condemned both the militia attacks and the "
     "U.S. strikes.", ("iraqi_government", "accuses", "hamas")),
    # a campaign one cooperates in is no threat
    ("For his part, Tueller expressed Washington's keenness to support Iraq's security and to continue cooperation "
     "in the fight against ISIS remnants.", ("tueller", "threatens", "islamic_state")),
    # a state named before its own institution in a title is not what the holder speaks for
    ("Jordan's government spokesman Muhannad Mubaidin condemned the attack.",
     ("muhannad_mubaidin", "spokesperson_for", "jordan")),
    # the one asked to pressure another is asked; the asker does not ask the other
    ("SDF commander Mazloum Abdi called on Washington to pressure Turkey to halt its attacks.",
     ("mazloum_abdi", "demands", "turkey")),
    # asking a state to disarm terrorists charges no one with terror
    ("Raisi called on Iraq to disarm the \"terrorist groups\" in the Kurdistan Region that he said were plotting "
     "against Iran's security.", ("ebrahim_raisi", "accuses", "iraq")),
    # two places coordinated after "in" are where the targets are, not targets
    ("U.S. military forces carried out airstrikes Thursday against five facilities used by Kataib Hezbollah in "
     "western Iraq and eastern Syria, the Pentagon said.", ("us_forces", "attacks", "syria")),
    # no dateline's city is the group the parser took for its apposition
    ("Turkey says it neutralised 13 PKK militants in northern Iraq\n\nANKARA (Reuters) - Turkish forces "
     "\"neutralised\" 13 Kurdistan Workers' Party (PKK) militants in air strikes in northern Iraq on Thursday, the "
     "ministry said.\n\nThe strikes targeted caves, shelters and depots used by the militants in the Hakurk, Metina "
     "and Gara regions, the ministry said.", ("ankara", "located_in", "metina")),
    # a man's name has no examples
    ("Groups loyal to Iran's Supreme Leader Ali Khamenei, such as Kataib Hezbollah and Harakat al-Nujaba, reject any "
     "move that would weaken them.", ("iran_backed_militias", "supports", "kataib_hezbollah")),
    # a call received from someone is no call for anything
    ("Sudani receives call from Iranian president, discusses regional tensions",
     ("iran", "demands", "mohammed_shia_al_sudani")),
    # a side one fights on is no target
    ("Iraqi factions loyal to Iran fought on Assad's side during the civil war.",
     ("iran_backed_militias", "attacks", "assad")),
    # what one should do is asked, not done
    ("The Biden administration is weighing strikes. Senator Lindsey Graham said the administration should \"hit "
     "Iran where it hurts.\"", ("biden_administration", "attacks", "iran")),
    # a wrong supposed is no one's charge
    ("Iraq's foreign ministry warned that any U.S. strike on its territory would be a violation of its sovereignty.",
     ("iraqi_foreign_ministry", "accuses", "united_states")),
    # a name set off between a fronted phrase and the subject is no subject
    ("In a sermon delivered by his representative, Sheikh Abdul Mahdi al-Karbalai, Sistani urged the government to "
     "restrict arms to the hands of the state.", ("abdul_mahdi_al_karbalai", "demands", "iraqi_government")),
    # a second titled name's body is not the first's
    ("Hezbollah chief Hassan Nasrallah received Hamas deputy leader Saleh al-Arouri and Islamic Jihad "
     "secretary-general Ziad al-Nakhalah, the channel said.", ("ziad_al_nakhalah", "member_of", "hamas")),
    # a one-word name ending in "s" is plural only as the plural of what it is also called: "the groups" are not Hamas
    ("The Islamic Resistance in Iraq said on Friday it would suspend its attacks on U.S. forces for the duration of a "
     "truce between Israel and Hamas. Kataib Hezbollah had announced a similar halt in January after a drone attack "
     "killed three U.S. soldiers in Jordan. U.S. officials welcomed the pause but said they would hold the groups "
     "accountable for any future attacks.", ("us_forces", "accuses", "hamas")),
    # those who welcome a message issued none of it
    ("The PKK said it would disband. The Iraqi government and the Kurdistan Regional Government, where the PKK has "
     "bases in the Qandil mountains, also welcomed the announcement.",
     ("iraqi_government", "supports", "kurdistan_regional_government")),
    # an object pronoun is no apposition of its own clause's subject
    ("Lawmakers close to Prime Minister Mohammed Shia al-Sudani backed it, while the Badr Organization and Kataib "
     "Hezbollah's political wing, the Huquq movement, opposed it.", ("badr_organization", "opposes", "huquq_movement")),
    # backing another's will or right to drive a force out threatens no one
    ("Iran's foreign ministry spokesman Nasser Kanaani said Tehran supported the will of the Iraqi people to expel "
     "American forces.", ("nasser_kanaani", "threatens", "us_forces")),
    ("Kanaani said Tehran backed the Iraqi people's right to expel US troops.",
     ("nasser_kanaani", "threatens", "us_forces")),
    ("Asaib Ahl al-Haq, headed by Qais al-Khazali, broke away from the Mahdi Army in 2006. The group has a bloc in "
     "parliament and is part of the Coordination Framework. Kataib Hezbollah is the most secretive. Its founder, Abu "
     "Mahdi al-Muhandis, was deputy head of the PMF until he was killed. The United States designated the group a "
     "terrorist organization in 2009.", ("united_states", "accuses", "asaib_ahl_al_haq")),
    # men named by no name of their own, loyal to two actors, tell nothing of how those two stand
    ("The SDF said gunmen loyal to the Damascus government and Iranian-backed militias had infiltrated the area.",
     ("syrian_government", "supports", "iran_backed_militias")),
    ("Khazali attacked the Sadrists in a televised speech, accusing them of treason.",
     ("khazali", "attacks", "sadrist_movement")),
    ("Pentagon spokesman Pat Ryder said Iran-aligned groups have attacked our forces more than 160 times since "
     "October.", ("iran_backed_militias", "attacks", "pat_ryder")),
    # a war that spreads is no actor threatened
    ("Iran launched missiles at the base. In Iraq, the Islamic Resistance said it would not stand idle if the war "
     "expanded.", ("islamic_resistance", "threatens", "iran")),
    # "it" after a measure told of is the measure, no actor
    ("The US State Department said the law would institutionalize Iranian influence. A senior US official told "
     "Shafaq News that Washington could impose sanctions on Iraqi officials who backed it.",
     ("iraq", "supports", "united_states")),
    ("The Islamic Revolutionary Guard Corps said it would respond. The United States struck Iran's nuclear facilities "
     "on Sunday.", ("united_states", "attacks", "irgc")),
    # where a protest is held is no one it opposes
    ("Iraq's parliament met. Muqtada al-Sadr called on his followers to protest outside parliament.",
     ("muqtada_al_sadr", "opposes", "iraqi_parliament")),
    ("US forces shot down an Iranian-made drone over Erbil.", ("us_forces", "attacks", "iran")),
    # an answer after some were killed is against their killers, not them
    ("Biden vows to respond after 3 US troops killed in Jordan\n\nThe story follows.",
     ("joe_biden", "threatens", "us_forces")),
    # the head of another body is no one named the leader of a group before
    ("Nujaba's leader, Akram al-Kaabi, accused Damascus. Iraq's prime minister Mohammed Shia al-Sudani has sought "
     "ties with Damascus. He sent the head of the Iraqi intelligence service to meet Sharaa.",
     ("akram_al_kaabi", "leads", "iraqi_intelligence_service")),
    # "the factions" are no one group named by a plural noun of another kind
    ("The United States, which keeps troops in Syria alongside the Syrian Democratic Forces, has warned the factions "
     "against attacking its forces there.", ("united_states", "threatens", "syrian_democratic_forces")),
    # the political bloc of one body is that body's, not a group of it
    ("The Fatah Alliance, the political bloc of the Popular Mobilisation Forces, also backed the protest.",
     ("popular_mobilization_forces", "member_of", "fatah_alliance")),
    # operations said to go on are the speaker's, not those of whoever attacked last
    ("The attacks come despite weeks of US and British airstrikes on Houthi targets in Yemen. Abdul-Malik al-Houthi, "
     "the group's leader, said in a speech that the operations would continue until the aggression on Gaza stops.",
     ("united_states", "threatens", "houthis")),
    ("Clashes broke out on Sunday between the Iraqi army and the Sinjar Resistance Units (YBS), a Yazidi armed group "
     "affiliated with the PKK, leaving three soldiers dead, security sources told Rudaw.",
     ("iraqi_security_forces", "member_of", "pkk")),
    # a state's body telling that its own state's forces did something accuses no one
    ("The Pentagon said the strike was carried out by US forces.",
     ("us_department_of_defense", "accuses", "us_forces")),
    ("The Iraqi Security Media Cell said the raid was carried out by the Iraqi Counter-Terrorism Service.",
     ("iraqi_security_media_cell", "accuses", "iraqi_counter_terrorism_service")),
    # those hurt in an operation of their own side's were not attacked by their partners in it
    ("Iraqi security forces and U.S. troops conducted a raid in Anbar that killed 15 Islamic State militants. Five "
     "U.S. service members were wounded in the operation.", ("iraqi_security_forces", "attacks", "us_forces")),
    # a headline's envoy of one body is no one named the envoy of another to it
    ("UN envoy warns Iraq's armed groups threaten stability\n\nIraq's ambassador to the UN, Mohammed Bahr al-Uloom, "
     "said his government was committed to peace.", ("mohammed_bahr_al_uloom", "member_of", "united_nations")),
    ("Hussein al-Mousawi, the spokesman of Harakat al-Nujaba, said: \"The Americans killed our leaders at Baghdad "
     "airport.\"", ("united_states", "kills", "hussein_al_mousawi")),
    # the two sides are those a fight was between, not the two named last
    ("Fighting between the SDF and Arab tribal fighters killed 25 people. The clashes erupted after the SDF detained "
     "a commander. Tribal leader Ibrahim al-Hifl accused the SDF of marginalising Arabs. The US-led coalition urged "
     "both sides to end the violence.", ("international_coalition", "demands", "ibrahim_al_hifl")),
    # an act told after "insisted" is said, not asked for
    ("The Coordination Framework insisted that Sudani had set a date for the coalition's departure.",
     ("coordination_framework", "demands", "mohammed_shia_al_sudani")),
    # a company is no movement named before
    ("The government approved the creation of the Muhandis General Company. Critics, including the Sadrist movement, "
     "accuse the PMF of using it. Falih al-Fayyadh, the PMF chairman, has defended the company.",
     ("falih_al_fayyadh", "supports", "sadrist_movement")),
    # a relative clause the parser misread keeps no one's bases
    ("The PKK, which Turkey, the United States and the European Union list as a terrorist group, has bases in the "
     "mountains of northern Iraq.", ("turkish_armed_forces", "deployed_in", "iraq")),
    # a headline's official of a state is the one the story names with the office, through a chain of "of"
    ("Iraq's Sudani meets Iranian commander amid regional tensions\n\nBAGHDAD - Iraqi Prime Minister Mohammed Shia "
     "al-Sudani received the commander of the Quds Force of Iran's Revolutionary Guards, Esmail Qaani, in Baghdad.",
     ("iran", "negotiates_with", "mohammed_shia_al_sudani")),
    # responsibility denied is no act
    ("Kataib Hezbollah denied responsibility for killing Abu Taqwa al-Saidi.",
     ("kataib_hezbollah", "kills", "abu_taqwa_al_saidi")),
    ("Fighters of the PKK attacked a Turkish military base near Amedi on Wednesday night, Turkey's defense ministry "
     "said, killing two Turkish soldiers.", ("turkish_defense_ministry", "kills", "turkish_armed_forces")),
    # a state's force a minister's title names is the ministry's charge, not a group he is in
    ("The meeting was attended by Peshmerga Minister Shorsh Ismail and Iraqi Defense Minister Thabet al-Abbasi.",
     ("shorsh_ismail", "member_of", "peshmerga")),
    ("BAGHDAD (INA) – Parliament Speaker Mahmoud al-Mashhadani on Saturday condemned Zionist threats against Iraq.",
     ("iraq", "accuses", "israel")),
    # a dateline's state is no party to the fighting the sentence tells of
    ("SINJAR, Iraq (Rudaw) – Clashes broke out on Sunday between the Iraqi army and the Sinjar Resistance Units (YBS), "
     "a Yazidi armed group affiliated with the PKK.", ("iraq", "attacks", "sinjar_resistance_units")),
    # the owner named before a unit a title names is no group its holder leads
    ("Hezbollah's Radwan Force commander Ibrahim Aqil was killed.", ("ibrahim_aqil", "leads", "hezbollah")),
    # a counted noun is no one office holder named later
    ("Syrian Democratic Forces say Turkish drone killed three commanders\n\nQAMISHLI, Syria (AP) - A Turkish drone "
     "strike killed three commanders of the Syrian Democratic Forces on Sunday. SDF commander Mazloum Abdi condemned "
     "the attack.", ("turkish_armed_forces", "kills", "mazloum_abdi")),
    ("The PMF's chairman is Faleh al-Fayyadh, whom the U.S. Treasury sanctioned in 2021 for his role in the killing "
     "of protesters.", ("us_treasury", "accuses", "popular_mobilization_forces")),
    ("Kaabi said his fighters were ready to help if the Iraqi government asked.",
     ("akram_al_kaabi", "threatens", "iraqi_government")),
    ("The Houthis said they targeted the MV Star Iris with missiles.", ("houthis", "attacks", "us_forces")),
    ("Yemen's Houthis fired missiles at the USS Carney in the Red Sea.", ("us_forces", "deployed_in", "uss_carney")),
    # people affiliated with groups are no thing of the groups'
    ("The Treasury on Monday imposed sanctions on six individuals affiliated with Kataib Hezbollah and Harakat "
     "al-Nujaba.", ("harakat_al_nujaba", "member_of", "kataib_hezbollah")),
    # targets in two places put neither place in the other
    ("The Islamic Resistance in Iraq said it had launched drones at vital targets in Eilat and the occupied Golan "
     "Heights.", ("golan_heights", "located_in", "eilat")),
    # a complaint filed at a forum accuses no forum
    ("The Patriotic Union of Kurdistan urged the federal government to file a complaint at the U.N. Security Council.",
     ("iraqi_government", "accuses", "un_security_council")),
    # a listing asked of another, in an infinitive the parser hangs on the asking verb, is none done
    ("Turkish Foreign Minister Hakan Fidan called on Iraq to designate the PKK as a terrorist organisation.",
     ("iraq", "accuses", "pkk")),
    # the role a "whose" noun's holder serves in is not the name's before it
    ("Kataib Hezbollah, whose founder, Abu Mahdi al-Muhandis, served as the PMF's deputy chairman, is powerful.",
     ("kataib_hezbollah", "member_of", "popular_mobilization_forces")),
    # a partner in operations is no target of them
    ("Barji coordinated Hezbollah's operations with Iran-backed Iraqi groups in Syria.",
     ("hezbollah", "attacks", "iran_backed_militias")),
    # what is discussed "with her" is no partner in the talks
    ("BAGHDAD (INA) - Speaker of the Council of Representatives Mahmoud al-Mashhadani received on Monday the U.S. "
     "ambassador to Iraq, Alina Romanowski, and discussed with her the timetable for the withdrawal of the "
     "international coalition's forces.",
     ("mahmoud_al_mashhadani", "negotiates_with", "international_coalition")),
    # nor are they theirs who back the side that acts
    ("The Islamic State still carries out sporadic attacks in Diyala. Iraqi forces backed by coalition aircraft have "
     "launched repeated operations against its hideouts in the Hamrin mountains.",
     ("iraqi_security_forces", "attacks", "international_coalition")),
    # a name labelling a headline with a colon says it; it does none of what it says
    ("Pentagon: Militia drone attacks on US troops in Iraq, Syria top 60",
     ("us_department_of_defense", "attacks", "us_forces")),
    # nor is the group whose role it is the one who acts
    ("ERBIL, Iraq (Kurdistan24) - Kurdistan Democratic Party (KDP) leader Masoud Barzani on Wednesday called on the "
     "federal government in Baghdad to act.", ("kurdistan_democratic_party", "demands", "iraqi_government")),
    # a standing after a noun, not set off, is that noun's alone, not the whole coordination's
    ("Tensions are also high between the SDF and Arab tribal fighters loyal to the Syrian government in the area.",
     ("syrian_democratic_forces", "supports", "syrian_government")),
    # an office named by its title words alone is no body its holder is in
    ("TEHRAN (IRNA) - Iraqi Prime Minister Mohammed Shia al-Sudani met Supreme Leader Ayatollah Ali Khamenei in "
     "Tehran on Tuesday. Khamenei urged the Iraqi government to work for the expulsion of US forces, according to the "
     "Supreme Leader's official website.", ("ali_khamenei", "member_of", "supreme_leader")),
    # a place named on a thing that is no place places nothing
    ("Askari accused the politicians of serving American and Gulf agendas.", ("gulf", "located_in", "united_states")),
    # sources a story does not name are none of those it names
    ("BAGHDAD, April 10 (Reuters) - The U.S. ambassador to Iraq, Alina Romanowski, warned Iraqi leaders that "
     "continued militia attacks on U.S. forces would jeopardize the country's relations with Washington, two Iraqi "
     "officials told Reuters on Wednesday. Romanowski delivered the message in meetings with Prime Minister Mohammed "
     "Shia al-Sudani and Hadi al-Amiri, the head of the Fatah Alliance, the officials said.",
     ("hadi_al_amiri", "official_of", "iraq")),
    # attacks a warning names another's doer of are no threat of the speaker's
    ("BAGHDAD, April 10 (Reuters) - The U.S. ambassador to Iraq, Alina Romanowski, warned Iraqi leaders that "
     "continued militia attacks on U.S. forces would jeopardize the country's relations with Washington, two Iraqi "
     "officials told Reuters on Wednesday. Romanowski delivered the message in meetings with Prime Minister Mohammed "
     "Shia al-Sudani and Hadi al-Amiri, the head of the Fatah Alliance, the officials said.",
     ("alina_romanowski", "threatens", "us_forces")),
    # and X is not in it
    ("Abu Taqwa was killed when a drone hit his vehicle in the eastern Baghdad district of Palestine Street.",
     ("baghdad", "located_in", "palestine_street")),
    # and so the state in the reported clause asks nothing
    ("Iraqi Prime Minister Mohammed Shia al-Sudani has said Iraq cannot stop buying Iranian gas without alternatives "
     "and has asked Washington for more time.",
     ("iraq", "demands", "united_states")),
    # "it" after "any group" in its sentence is no actor named before
    ("Iraq's National Security Adviser Qasim al-Araji spoke to Al-Monitor in Baghdad.\n\nAl-Monitor: Are the armed "
     "factions under the government's control?\n\nQasim al-Araji: Any group that attacks foreign missions from Iraqi "
     "territory is breaking the law, and we will hold it accountable.", ("qasim_al_araji", "accuses", "al_monitor")),
    # an outcome not wanted opposes no one named in it
    ("Iran does not want Iraq to become a battlefield.", ("iran", "opposes", "iraq")),
    # a withdrawal demanded "from" a state asks nothing of the state
    ("Sadr demanded the withdrawal of all foreign forces from Iraq.", ("muqtada_al_sadr", "demands", "iraq")),
    # and the group whose role it is does not speak
    ("Popular Mobilization Forces chief of staff Abu Fadak al-Mohammadawi accused the United States of seeking to "
     "weaken it.",
     ("popular_mobilization_forces", "accuses", "united_states")),
    # one a speaker labels a wrongdoer, acted on, makes no wrongdoer of who acts
    ("Akram al-Kaabi said the Islamic Resistance in Iraq would teach the occupier a lesson.",
     ("akram_al_kaabi", "accuses", "islamic_resistance_in_iraq")),
    ("Akram al-Kaabi said Kataib Hezbollah would expel the occupiers from Iraq.",
     ("akram_al_kaabi", "accuses", "kataib_hezbollah")),
    # "it" condemned after an act its sentence tells of is the act, not the group named before
    ("The Islamic Resistance in Iraq vowed revenge. The Popular Mobilization Forces said the strike killed two of its "
     "members and condemned it as aggression.",
     ("popular_mobilization_forces", "accuses", "islamic_resistance_in_iraq")),
    # an act in a clause that dates a vow is told, not threatened
    ("Akram al-Kaabi vowed that the killing will not pass without a response, a day after an American drone strike "
     "hit a PMF headquarters.",
     ("akram_al_kaabi", "threatens", "popular_mobilization_forces")),
    # an act denied is no one's that a noun of it stands for
    ("Speaker Mohammed al-Halbousi did not vote. The Fatah Alliance, led by Hadi al-Amiri, pushed for the vote.",
     ("fatah_alliance", "demands", "mohammed_al_halbousi")),
    # what a measure is said to be meant for is no threat of the speaker's
    ("Rayan al-Kildani rejected the sanctions as baseless and said they were aimed at punishing the PMF.",
     ("rayan_al_kildani", "threatens", "popular_mobilization_forces")),
    # a named person's group is the one a clause of leading ties them to, not the last group described
    ("Among those designated were Rayan al-Kildani, the leader of the Babylon Brigades, a Christian militia that is "
     "part of the Popular Mobilization Forces, and Waad Qado, who heads the PMF's 30th Brigade. Treasury said Qado's "
     "militia had engaged in extortion.",
     ("waad_qado", "leads", "babylon_brigades")),
    # men "in" a place are only there: the place stands for no group of theirs
    ("Husseini said the Americans killed our brothers in al-Qaim and Jurf al-Sakhar.",
     ("jurf_al_sakhar", "located_in", "al_qaim")),
    # those its brigades are run by lead no groups named after them: they are in the whole the brigades are of
    ("The PMF answers to the prime minister. In practice, its most powerful brigades are run by factions loyal to "
     "Iran, among them Kataib Hezbollah, Asaib Ahl al-Haq and the Badr Organization.",
     ("iran_backed_militias", "leads", "kataib_hezbollah")),
    # a dateline's city the parser makes a second subject of a passive is no one attacked
    ("BAGHDAD, Jan 14 (Reuters) - Two U.S. service members were lightly wounded on Sunday when a drone laden with "
     "explosives struck Ain al-Asad air base in Iraq's western Anbar province. The Islamic Resistance in Iraq claimed "
     "responsibility for the attack.",
     ("islamic_resistance_in_iraq", "attacks", "iraq")),
    # only a verb of handing a thing over backs whom its "to" names
    ("The factions must disarm, Iraq says. Asaib Ahl al-Haq leader Qais al-Khazali has said his group supports "
     "restricting weapons to the state.",
     ("asaib_ahl_al_haq", "supports", "iraq")),
    # a group's financial or military chief heads one of its wings, not the group; and a later name set beside
    # a role with a title of its own holds that one
    ("The sanctions target Kataib Hezbollah's financial chief, Hussein Mones, and Harakat al-Nujaba official Hashem "
     "Finyan Rahim al-Saraji.",
     ("hussein_mones", "leads", "kataib_hezbollah")),
    ("The sanctions target Kataib Hezbollah's financial chief, Hussein Mones, and Harakat al-Nujaba official Hashem "
     "Finyan Rahim al-Saraji.",
     ("abu_alaa_al_walai", "member_of", "kataib_hezbollah")),
    ("The sanctions target Kataib Hezbollah's financial chief, Hussein Mones, and Harakat al-Nujaba official Hashem "
     "Finyan Rahim al-Saraji.",
     ("abu_alaa_al_walai", "leads", "kataib_hezbollah")),
    ("Iraq's military chief, Abdulamir Yarallah, met the commander.",
     ("abdulamir_yarallah", "member_of", "iraqi_security_forces")),
    # a group's name the parser made a second object before a role is the role's, not one more killed
    ("Jan. 4 - A U.S. drone strike in Baghdad kills Nujaba commander Mushtaq Taleb al-Saidi.",
     ("united_states", "kills", "harakat_al_nujaba")),
    # a threat one handles or counters is no wrong of one's own
    ("Iraqi Prime Minister Mohammed Shia al-Sudani said the coalition's mission should end, arguing that Iraqi forces "
     "can now handle the threat on their own.",
     ("mohammed_shia_al_sudani", "accuses", "iraqi_security_forces")),
    # a name set off after the place a body is "in" names the body, not the place, and "its head" is the body's
    ("The United Nations mission in Iraq, UNAMI, called on all parties to respect Iraq's sovereignty. Its head, "
     "Mohammed al-Hassan, said civilians were paying the price.",
     ("mohammed_al_hassan", "official_of", "iraq")),
    # the chief of a group's political bureau heads a body of it, not the group
    ("The Harakat al-Nujaba politburo chief, Ali al-Asadi, said the aggression proved it.",
     ("ali_al_asadi", "leads", "harakat_al_nujaba")),
    # a base an attack was on kills no one, though the "on" hangs on the verb the attack is in
    ("The strikes were in response to a rocket attack on Dec. 27 on an Iraqi base near Kirkuk that killed a U.S. "
     "civilian contractor and wounded four American service members.",
     ("iraqi_security_forces", "attacks", "us_forces")),
    # what one is penalised for is no act of the one penalising
    ("The U.S. Treasury Department imposed sanctions on an Iraqi airline, Fly Baghdad, for providing assistance to "
     "the Quds Force.",
     ("us_treasury", "supports", "quds_force")),
    # an apposition set off before a name coordinated after it is the first name's alone
    ("Nouri al-Maliki, a former prime minister who heads the State of Law coalition, and Hadi al-Amiri, the leader "
     "of the Fatah Alliance, are the Framework's most powerful figures.",
     ("hadi_al_amiri", "leads", "state_of_law_coalition")),
    # standing behind a government is a stand, no blame
    ("Qais al-Khazali, the leader of Asaib Ahl al-Haq, spoke in Baghdad. Khazali praised Prime Minister Mohammed "
     "Shia al-Sudani for negotiating the deal and said his movement stood behind the government.",
     ("qais_khazali", "accuses", "asaib_ahl_al_haq")),
    ("Farhad Shami, head of the SDF media center, said five attackers were killed in the clashes.",
     ("farhad_shami", "leads", "syrian_democratic_forces")),
    ("BAGHDAD - The U.S. embassy in Baghdad on Friday called on the Iraqi government to protect diplomatic "
     "facilities. It said the attacks were carried out by \"Iran-aligned militias that operate freely in Iraq.\"",
     ("iraqi_government", "accuses", "iran_backed_militias")),
    # an act coordinated with a threat told of is done, not threatened by the one who tells it
    ("Secretary of State Marco Rubio said the groups had repeatedly threatened and attacked American forces.",
     ("marco_rubio", "threatens", "us_forces")),
    # a verb of killing that carries out an act its object names kills no one
    ("Kata'ib Hizballah (KH) fired rockets. The targets included command and control locations that KH uses to plan "
     "and execute attacks on Operation Inherent Resolve coalition forces.",
     ("kataib_hezbollah", "kills", "international_coalition")),
    # a reflexive object is its clause's subject: defending oneself backs no one else
    ("Israel's foreign minister Gideon Saar wrote to the U.N. Security Council last week saying Israel had the right "
     "to defend itself against the factions.",
     ("israel", "supports", "un_security_council")),
    # a clause demanded of a court asks it to act: its name is no charge
    ("KRG spokesman Peshawa Hawramani said the cuts violated the constitution and demanded that the Federal Court "
     "review the law.",
     ("peshawa_hawramani", "accuses", "federal_court")),
    ("Laith al-Adhari, head of the political bureau of Asaib Ahl al-Haq, spoke. \"Daesh has not been defeated,\" he "
     "said. He said his movement would back Prime Minister Mohammed Shia al-Sudani.",
     ("islamic_state", "supports", "mohammed_shia_al_sudani")),
    ("Mazloum Abdi, commander-in-chief of the Syrian Democratic Forces, spoke on Tuesday. \"Daesh attacks our forces "
     "every week,\" Abdi told Reuters.",
     ("islamic_state", "attacks", "mazloum_abdi")),
    # a state's groups are not the state
    ("Iran has not stopped. Its militia groups attack US forces every week.",
     ("iran", "attacks", "us_forces")),
    # an envoy one demands another expel is not yet expelled
    ("BAGHDAD — Iraq's parliament on Sunday summoned Defense Minister Jumaa Inad over the Turkish artillery strike "
     "on a resort in Zakho, as lawmakers demanded that the government expel the Turkish ambassador.",
     ("iraqi_government", "accuses", "turkey")),
    ("The Islamic Resistance in Iraq announced on Thursday that its fighters had attacked a target in the occupied "
     "Syrian Golan with drones, in continuation of its operations against the Zionist entity's strongholds.",
     ("syria", "attacks", "israel")),
    # one winding down a coalition it leads takes no stand against it
    ("US to end coalition mission in Iraq by September 2025\n\nThe United States and Iraq announced on Friday that "
     "the U.S.-led military coalition would end its mission in federal Iraq by September 2025.",
     ("united_states", "opposes", "international_coalition")),
    ("Shorsh Ismail, the minister of Peshmerga affairs, told Kurdistan24 about the front. \"Last month Daesh killed "
     "two of our fighters,\" he said.",
     ("islamic_state", "kills", "shorsh_ismail")),
    # a state's ground attacks no one, whoever uses it
    ("\u201cWe do not want to see Iraqi territory used to attack Israel or anyone else,\u201d Hussein said.",
     ("iraq", "attacks", "israel")),
    # attacks recalled are no war at large
    ("Analysis: Iraq's armed factions split over war with Israel\n\nQais al-Khazali, whose movement holds "
     "ministries, has criticised the attacks on the embassy.",
     ("qais_khazali", "accuses", "israel")),
    # the ground a target is on is no target
    ("Islamic Resistance targets occupation base in Syria with drones\n\nThe Islamic Resistance in Iraq announced on "
     "Tuesday that its fighters had targeted the American occupation base at al-Tanf on the Syrian-Iraqi-Jordanian "
     "border with two drones, achieving direct hits.\n\nIn a statement published on its Telegram channel, the "
     "Resistance said the operation came \"in response to the massacres committed by the Zionist entity against our "
     "people in Gaza, and in rejection of the American presence in the region.\"\n\nThe statement added that the "
     "Resistance would continue \"to strike the enemy's strongholds\" until the occupation forces withdraw from Iraq "
     "and Syria.",
     ("islamic_resistance_in_iraq", "threatens", "jordan")),
    # an attack pinned on a culprit in a relative clause accuses the culprit, not whoever attacked before
    ("The Iran-aligned factions once fired rockets at American bases almost daily. The truce followed the January "
     "drone strike that killed three U.S. soldiers at Tower 22 in Jordan, an attack Washington "
     "blamed on Kataib Hezbollah.",
     ("united_states", "accuses", "iran_backed_militias")),
    # what a threat noun threatens is not done, wherever the parser hangs the infinitive
    ("Foreign Minister Fuad Hussein rejected Israeli threats to strike Iraq.", ("israel", "attacks", "iraq")),
    # the head of a named body of a group does not lead the group
    ("Hezbollah's Executive Council chief Hashem Safieddine praised the Iraqi operations.",
     ("hashem_safieddine", "leads", "hezbollah")),
    # "the group" in the words of a group's man is not the group named last
    ("BAGHDAD — Kadhim al-Fartousi, a spokesman for Kataib Sayyid al-Shuhada, gave an interview. He accused the "
     "United States of protecting the Islamic State remnants in the desert. Al-Fartousi said the group supported "
     "the government of Prime Minister Mohammed Shia al-Sudani.",
     ("islamic_state", "supports", "iraqi_government")),
    # an attack one is able to make is not made
    ("Kataib Hezbollah said it has the ability to strike US bases.", ("kataib_hezbollah", "attacks", "us_forces")),
    # the body a subject heads is no party to the talks its name set off after it holds
    ("Qaani in Baghdad\n\nBAGHDAD (Fars) – The commander of the Quds Force of the Islamic Revolution Guards Corps "
     "(IRGC), Brigadier General Esmail Qaani, met with Iraqi officials in Baghdad on Monday.",
     ("quds_force", "negotiates_with", "iraq")),
    # ... and no fight at large is claimed as the attack
    ("Two drones attacked the al-Tanf garrison in southern Syria on Thursday, U.S. officials said. The garrison is "
     "used by U.S. troops to train Syrian opposition fighters, who fight against Islamic State. The Islamic "
     "Resistance in Iraq claimed the attack in a statement.",
     ("islamic_resistance_in_iraq", "attacks", "islamic_state")),
    # ... and the name in its phrase does not do what the clause tells
    ("Turkish troops in Iraq, which fight the PKK, were hit.", ("iraq", "attacks", "pkk")),
    # ... and is no one who did it
    ("Turkish drone strike kills three PKK members in Sulaimani province: Pentagon\n\nThe strike hit a car.",
     ("us_department_of_defense", "kills", "pkk")),
    # an umbrella of groups only some of which are backed is not backed itself
    ("The PMF, a state-sanctioned umbrella of mostly Iran-backed militias, said the strikes targeted its positions.",
     ("iran", "supports", "popular_mobilization_forces")),
    # ... and its subjects do not do what the sentence's verb tells
    ("The PKK, which Turkey, the United States and the European Union list as a terrorist group, has waged an "
     "insurgency against the Turkish state since 1984.", ("united_states", "attacks", "turkey")),
    # a place that hosts a civilian facility of a state hosts no force of it
    ("Iraqi air defenses shot down a drone approaching Baghdad International Airport. The airport hosts a U.S. "
     "diplomatic facility. The Islamic Resistance in Iraq has claimed dozens of drone attacks on U.S. bases since "
     "October.", ("us_forces", "deployed_in", "baghdad_airport")),
    # ... nor does the group named in the reporter's relative clause
    ("Kataib Sayyid al-Shuhada, which belongs to the Popular Mobilization Forces, said its commander Hussein "
     "al-Jabri died in the strike.", ("hussein_al_jabri", "leads", "popular_mobilization_forces")),
    # nor does the plural subject of the reported clause do what the reporter's verb tells
    ("Qais al-Khazali has repeatedly demanded that American troops leave Iraq, and accuses Washington of "
     "shielding Israel.",
     ("us_forces", "accuses", "united_states")),
    # a complaint one is asked to file, as an act one is asked to do, is not filed
    ("The PUK called on Baghdad to file a complaint against Turkey at the U.N. Security Council.",
     ("iraq", "accuses", "turkey")),
    # ... not a partner
    ("Groups such as Kataib Hezbollah and Harakat al-Nujaba sent fighters to Syria. They fought alongside Hezbollah "
     "and the Syrian army against rebels and later the Islamic State.",
     ("kataib_hezbollah", "supports", "islamic_state")),
    # ... but not where the noun is someone's, nor its supporters
    ("Iran-backed militias have fired rockets. Iraq considers U.S. strikes against its militia groups a threat.",
     ("united_states", "threatens", "iran_backed_militias")),
    ("Iran-backed militias have fired rockets. Militia supporters stormed the US embassy compound in Baghdad.",
     ("iran_backed_militias", "attacks", "united_states")),
    # "it" after a message the clause's verb takes is the message, not an actor named before
    ("Israel sent a letter to the council. Iraq's government spokesman Basim al-Awadi rejected the letter, saying it "
     "was \"a pretext\" for aggression against Iraq.", ("basim_al_awadi", "accuses", "iraqi_government")),
    # a target in a place said to be occupied strikes no state the place is named for
    ("The Islamic Resistance in Iraq said its fighters had attacked a vital target in the occupied Syrian Golan with "
     "drones.", ("islamic_resistance_in_iraq", "attacks", "syria")),
    # ... nor does the one asked
    ("Hadi al-Amiri urged Prime Minister Mohammed Shia al-Sudani to speed up negotiations on the withdrawal of the "
     "U.S.-led coalition, which he said was no longer needed.",
     ("mohammed_shia_al_sudani", "opposes", "international_coalition")),
    # ... and not the collective
    ("Iran-backed group claims attack on US base in Syria\n\nDAMASCUS (Reuters) - An Iraqi armed group claimed a "
     "rocket attack on a U.S. base on Monday. The group, Kataib Sayyid al-Shuhada, said it was retaliation.",
     ("iran_backed_militias", "attacks", "us_forces")),
    # a name with an owner of its own after an apposition is one more party, not a second name of the first
    ("Yemen's Houthi movement, Ansar Allah, and Iraq's Islamic Resistance said on Wednesday they had jointly "
     "targeted a site in the Israeli port of Haifa.", ("islamic_resistance_in_iraq", "member_of", "houthis")),
    # ... not the one asked to act on the noun
    ("Washington has pressed the Iraqi government to curb Iran-backed militias, which it blames for dozens of attacks.",
     ("iraqi_government", "accuses", "iran_backed_militias")),
    ("Akram al-Kaabi is the secretary general of Harakat al-Nujaba, which is listed by the United States as a "
     "terrorist organisation.", ("united_states", "accuses", "akram_al_kaabi")),
    ("A faction calling itself Ashab al-Kahf has claimed attacks, and U.S. officials say it is a front for Kataib "
     "Hezbollah.", ("ashab_al_kahf", "accuses", "kataib_hezbollah")),
    # ... not where two groups' members were counted
    ("Police detained two members of Kataib Hezbollah and three members of Asaib Ahl al-Haq. The men were later "
     "arrested by the Counter-Terrorism Service.", ("iraqi_counter_terrorism_service", "attacks", "kataib_hezbollah")),
    ("Kurdistan Democratic Party leader Masoud Barzani said that the PKK had no place in Sinjar and urged Baghdad to "
     "implement an agreement to expel the group.", ("pkk", "demands", "iraq")),
    # ... but one after a reported stance goes on in the report
    ("A State Department spokesman said the United States condemned the attempted attack and called on the Iraqi "
     "government to find those responsible.", ("us_state_department", "demands", "iraqi_government")),
    ("Fatah leader Hadi al-Amiri said the coalition's mission had ended with the defeat of Islamic State and that its "
     "continued presence violated the country's sovereignty.", ("hadi_al_amiri", "accuses", "islamic_state")),
    ("Iran vowed revenge for Soleimani. Iran's foreign minister called it terrorism. Iraq's caretaker prime minister, "
     "Adel Abdul-Mahdi, condemned the strike as a breach of the conditions for U.S. troops' presence in the country.",
     ("us_forces", "deployed_in", "iran")),
    ("Iran's foreign ministry spokesman Nasser Kanaani rejected American claims that Iran was behind attacks on U.S. "
     "forces.", ("nasser_kanaani", "accuses", "iran")),
    # an act launched is no target of the threat; its own targets are
    ("Erdogan said Turkey would launch new operations against the PKK.",
     ("recep_tayyip_erdogan", "threatens", "turkey")),
    # an act done "with the help of" another is helped by the other, not helping it
    ("U.S. special forces killed an Islamic State leader in a raid in Syria. The raid, carried out with the help of "
     "the Syrian Democratic Forces, targeted his hideout.", ("us_forces", "supports", "syrian_democratic_forces")),
    # ... not a thing told as used by the actor
    ("Washington said its strikes hit facilities used by Kataib Hezbollah to launch drones at American personnel.",
     ("united_states", "accuses", "kataib_hezbollah")),
    # ... not where its support is of another
    ("Kaabi, the leader of Harakat al-Nujaba, praised the Islamic Republic of Iran for its support of the resistance "
     "axis.", ("iran", "supports", "akram_al_kaabi")),
    # what a charge says was done is the charge, no act the text tells
    ("Masjedi dismissed Washington's accusations that Tehran directs the attacks on US interests in Iraq.",
     ("iran", "attacks", "united_states")),
    ("Blinken alleged that KSS attacked US forces.", ("kataib_sayyid_al_shuhada", "attacks", "us_forces")),
    # a word of fault a verb of holding puts on its object is no charge against the holder
    ("\"The United States will not hesitate to hold responsible all those who threaten our forces' safety,\" CENTCOM "
     "commander Gen. Michael Erik Kurilla said.", ("michael_kurilla", "accuses", "united_states")),
    # a source whose attribution the parser hung on a "where" clause is placed nowhere
    ("BAGHDAD, Jan 5 (Reuters) - Two rockets landed near Baghdad International Airport on Sunday, where a military "
     "base hosts U.S. troops, the Iraqi military said in a statement.",
     ("iraqi_security_forces", "deployed_in", "baghdad_airport")),
    # ... but a front for a group is its cover
    ("A faction calling itself Ashab al-Kahf has claimed attacks, and U.S. officials say it is a front for Kataib "
     "Hezbollah.", ("kataib_hezbollah", "member_of", "ashab_al_kahf")),
    # ... the attack its own sentence tells, not the one before
    ("When Kataib Hezbollah fired drones at US bases, Sudani's government condemned the attacks. When the United "
     "States retaliated with strikes on the group's leaders in Baghdad, Sudani condemned those too.",
     ("mohammed_shia_al_sudani", "accuses", "kataib_hezbollah")),
    # an act a copula gives as another's goal is no threat of the speaker's
    ("Asked about Iran, Gen. Kenneth McKenzie said Tehran's goal was to expel the United States from the region.",
     ("kenneth_mckenzie", "threatens", "united_states")),
    # an object pronoun takes up the unnamed plural object of the verb its own verb is coordinated with
    ("Sadr has failed to form a government that excludes the Framework's parties, which include the political arms "
     "of the Popular Mobilization Forces. In a statement, Sadr accused his rivals of serving foreign interests and "
     "warned them against dragging Iraq into civil war.",
     ("muqtada_al_sadr", "demands", "popular_mobilization_forces")),
    # ... not the doer of the attack told the sentence before
    ("Turkey considers the PKK a terrorist organisation. The group has fought an insurgency against the Turkish state "
     "since 1984. The Iraqi Foreign Ministry has repeatedly protested against the Turkish operations, calling them a "
     "violation of Iraq's sovereignty.", ("iraqi_foreign_ministry", "accuses", "pkk")),
    # an act a light verb ought to do is asked, not done
    ("Atrushi praised the United States for its support, but said Washington should put more pressure on the Iraqi "
     "government.", ("united_states", "demands", "iraqi_government")),
    # "it" a verb of demanding takes is what is demanded, no actor
    ("The end of the US-led coalition's mission in Iraq, agreed between Washington and Baghdad, should have been a "
     "victory for the Iran-aligned factions that have long demanded it.", ("iran_backed_militias", "demands", "iraq")),
    # a possessive pronoun before a body's title owns the body, for which the spokesman speaks
    ("Iran denied any involvement in the attacks. Its foreign ministry spokesman, Nasser Kanaani, accused Washington "
     "of trying to shift the blame.", ("nasser_kanaani", "spokesperson_for", "iran")),
    # a bare "parliament" in an Iraqi story is Iraq's, whatever other state its sentence names
    ("BAGHDAD - Iraqi Parliament Speaker Mohammed al-Halbousi received U.S. Ambassador Matthew Tueller on Wednesday. "
     "Separately, the head of parliament's foreign relations committee, Ahmed al-Jarba, criticised the Iranian "
     "missile attack on Erbil and summoned Iran's ambassador to explain it.",
     ("iranian_parliament_foreign_relations_committee", "member_of", "iranian_parliament")),
    # firing one who holds an office is a dismissal, no attack another's condemnation recalls
    ("Gunmen shot dead an activist in Basra. Prime Minister Mustafa al-Kadhimi fired Basra's police chief after the "
     "killing. The U.S. embassy in Baghdad condemned the assassination.",
     ("united_states", "accuses", "mustafa_al_kadhimi")),
    # an act a demand asks is not done by the asker, nor by the one who resists it
    ("The Iraqi government ignored a request from Washington to arrest the Kataib Hezbollah commanders.",
     ("united_states", "attacks", "kataib_hezbollah")),
    ("Prime Minister Mohammed Shia al-Sudani has resisted pressure from hardliners in that alliance to expel American "
     "forces, arguing that Iraq still needs U.S. help against Islamic State.",
     ("mohammed_shia_al_sudani", "opposes", "us_forces")),
    ("Prime Minister Mohammed Shia al-Sudani has resisted pressure from hardliners in that alliance to expel American "
     "forces, arguing that Iraq still needs U.S. help against Islamic State.",
     ("mohammed_shia_al_sudani", "threatens", "us_forces")),
    # a demand that names whom it asks is not the answerer's
    ("Iran rejected US demands that Iraq expel the advisers.", ("united_states", "demands", "iran")),
    # a gift handed to an envoy is no protest
    ("The Iranian foreign ministry handed the Iraqi ambassador a gift.",
     ("iranian_foreign_ministry", "accuses", "iraq")),
    ("U.S. military aircraft struck two facilities in eastern Syria used by Iran's Islamic Revolutionary Guard Corps, "
     "the Pentagon said, in response to a string of drone and rocket attacks on American troops. Defense Secretary "
     "Lloyd Austin said President Joe Biden had directed the strikes.", ("joe_biden", "attacks", "us_forces")),
    # a right to be somewhere else is no presence refused
    ("The spokesman said Iraqis had no right to be silent about the attacks.", ("iraq", "opposes", "iraq")),
    # a pronoun a phrase describes ("those responsible") takes up no act told in its sentence
    ("Committee chairman Karim Aliwi demanded that Iraqi security forces arrest those responsible.",
     ("karim_aliwi", "accuses", "iraqi_security_forces")),
    # a city's own airport is the city's, no government's
    ("Drones struck Erbil's airport.", ("kurdistan_regional_government", "attacks", "erbil")),
    ("U.S. Central Command said its forces killed a senior Islamic State leader, Abu Yusif, in a raid in northeastern "
     "Syria, in coordination with the Syrian Democratic Forces.",
     ("us_central_command", "kills", "syrian_democratic_forces")),
    ("Kataib Hezbollah rejected any negotiation with the United States.",
     ("kataib_hezbollah", "negotiates_with", "united_states")),
    ("Kataib Hezbollah said it had the right to strike US bases.", ("kataib_hezbollah", "attacks", "us_forces")),
    # a bloc "in parliament" sits there
    ("The Coordination Framework, the largest bloc in parliament, said the American presence had become a threat.",
     ("coordination_framework", "member_of", "iraqi_parliament")),
    ("Iraqi counter-terrorism troops stormed a base used by Kataib Hezbollah in Baghdad and detained more than a "
     "dozen fighters. Hours later, Kataib Hezbollah fighters gathered near the CTS headquarters, demanding that their "
     "comrades be freed.", ("kataib_hezbollah", "demands", "iraqi_security_forces")),
    ("BAGHDAD, (Al-Ahed) – The Islamic Resistance in Iraq announced on Wednesday that its fighters had targeted a "
     "vital target in the occupied city of Umm al-Rashrash (Eilat) with drones, in response to the massacres "
     "committed by the Zionist entity against civilians.", ("iraq", "accuses", "israel")),
    ("ERBIL, Kurdistan Region — The Kurdistan Regional Government accused the federal government in Baghdad of "
     "withholding salaries. The federal finance ministry said the KRG had not handed over oil revenues. Iraq's Federal "
     "Supreme Court ordered both sides to resolve the dispute.",
     ("federal_supreme_court", "demands", "kurdistan_regional_government_federal_finance_ministry")),
    # a plural noun repeating the head of a name coordinated with another takes up that name alone
    ("Muqtada al-Sadr has opposed both the American presence and the armed factions. Sadr has accused the factions"
     " of dragging Iraq into a war.", ("muqtada_al_sadr", "accuses", "us_forces")),
    ("Qais al-Khazali said the Americans would pay a heavy price for the assassination of Abu Mahdi al-Muhandis.",
     ("qais_khazali", "accuses", "abu_mahdi_al_muhandis")),
    ("Khazali warned the Americans would face consequences for any attack on the PMF.",
     ("united_states", "attacks", "popular_mobilization_forces")),
    ("Turkey's defence ministry said its forces had killed PKK militants in northern Iraq.",
     ("turkish_defence_ministry", "kills", "pkk")),
    # an attack a noun names with no doer is the clause subject's only where the subject carries it out
    ("A Turkish drone killed two PMF fighters. The Iraqi foreign ministry condemned the strike, while the PMF said it"
     " would not remain silent over the repeated attacks on its members.",
     ("popular_mobilization_forces", "threatens", "iraqi_foreign_ministry")),
    ("Kataib Hezbollah attacked US forces. Defense Secretary Lloyd Austin said Washington reserved the right to "
     "respond.", ("united_states", "threatens", "kataib_hezbollah")),
    ("The US and Britain struck Houthi targets in Yemen. Baghdad objected to the visit of the British envoy.",
     ("iraq", "accuses", "united_states")),
    ("Kataib Hezbollah spoke. Abu Fatima al-Jaberi managed the group's business interests.",
     ("abu_fatima_al_jaberi", "leads", "kataib_hezbollah")),
    ("Blinken met Prime Minister Adel Abdul Mahdi, who thanked Washington for its help to Iraq against ISIS.",
     ("adel_abdul_mahdi", "supports", "iraq")),
    ("Turkish Foreign Minister Hakan Fidan flew to Baghdad. He met Fuad Hussein. The Turkish diplomat condemned the "
     "PKK.", ("turkey", "accuses", "pkk")),
    # a warning that only foretells what a thing will do threatens no one, as a noun as it does as a verb
    ("Framework pushes PMF law as US warns against militia entrenchment\n\nThe Coordination Framework on Wednesday "
     "renewed its push to pass the Popular Mobilization Authority law, despite warnings from Washington that the bill "
     "would entrench armed factions in the state.",
     ("united_states", "threatens", "coordination_framework")),
    ("Unlike Asaib Ahl al-Haq or Harakat al-Nujaba, the Badr Organization stayed out of the attacks on US troops, "
     "preferring to press for their withdrawal through parliament.",
     ("badr_organization", "demands", "asaib_ahl_al_haq")),
    ("Unlike Asaib Ahl al-Haq or Harakat al-Nujaba, Badr stayed out of the fighting. Kataib Sayyid al-Shuhada split "
     "from Badr in 2013. Tehran, which arms both groups, wants them united.",
     ("iran", "supports", "harakat_al_nujaba")),
    # whom an act befell is not whom an answer to it is against
    ("Asaib Ahl al-Haq vowed revenge after its commander was killed.",
     ("asaib_ahl_al_haq", "threatens", "asaib_ahl_al_haq")),
    # a state's side striking targets on the ground of a country that hosts its forces does not attack the host
    ("The United States struck more than 80 targets in Iraq and Syria on Friday in retaliation for the drone attack.",
     ("united_states", "attacks", "iraq")),
    ("Turkish jets struck targets in northern Iraq on Sunday.", ("turkish_armed_forces", "attacks", "iraq")),
    ("Kadhimi took office in May. His rivals in the Fatah Alliance, including Hadi al-Amiri's Badr Organization, "
     "accuse him of serving Washington.", ("badr_organization", "accuses", "hadi_al_amiri")),
    # armed men a description takes up as their group are members of what they belong to, their group not thereby
    ("A drone killed three fighters of the Popular Mobilization Forces. The PMF said the fighters belonged to Kataib "
     "Hezbollah.", ("popular_mobilization_forces", "member_of", "kataib_hezbollah")),
    ("Ansarallah leader Abdul Malik al-Houthi praised the Iraqi factions and warned the United States and Britain that "
     "their aggression on Yemen would not go unanswered.", ("iran_backed_militias", "attacks", "yemen")),
    # "it" that a verb takes is the thing whose phrase holds a name, not the name inside it
    ("Hadi al-Amiri, the head of the Badr Organization, said the presence of foreign troops in Iraq was illegal and "
     "that his movement would never accept it.", ("badr_organization", "opposes", "iraq")),
    # "the factions within X" are X's parts, not the factions named before
    ("Iran-backed militias have attacked US bases. Kataib Hezbollah, one of the factions within the PMF, denied any "
     "role.", ("iran_backed_militias", "member_of", "popular_mobilization_forces")),
    # "the factions" are no group's men taken up as the group before
    ("Sudani praised Iran's support in the war against Islamic State. He praised Iran's help against the "
     "jihadists. He said he had told the factions' leaders that attacks on the coalition harmed Iraq.",
     ("islamic_state", "attacks", "international_coalition")),
    # "it" a verb takes after a thing named with a state's name on it is the thing, not the state
    ("Factions reject US-Iraq security deal as Sadr backs it\n\nBAGHDAD - Moqtada al-Sadr spoke on Sunday.",
     ("muqtada_al_sadr", "supports", "iraq")),
    # an outlet labelling its question is no subject of the question
    ("Faleh al-Fayyadh spoke to Rudaw.\n\nRudaw: Were PMF fighters involved in the attacks on US bases?\n\nFayyadh: "
     "No.", ("rudaw", "member_of", "popular_mobilization_forces")),
    # the group a "whose" clause tells is part of an alliance is, not the person the clause is on
    ("Qais al-Khazali, whose Asaib Ahl al-Haq is part of the Fatah Alliance, said the attacks harmed Iraq.",
     ("qais_khazali", "member_of", "fatah_alliance")),
    # a spokesman charges the group he speaks for with nothing
    ("Hussein al-Mousawi, the spokesman for Harakat al-Nujaba, spoke to Al-Ahed. He said Nujaba coordinated its "
     "operations with its allies in the Axis of Resistance.", ("hussein_al_mousawi", "accuses", "harakat_al_nujaba")),
    # the content of a claim denied is no act the text tells
    ("Iran's ambassador Mohammad Kazem Al-e Sadegh rejected claims that Tehran directed the attacks on US bases.",
     ("iran", "attacks", "us_forces")),
    # troops there as part of a campaign belong to no one who made it
    ("U.S. Central Command forces conducted a helicopter raid in northeast Syria on Monday that killed a senior ISIS "
     "official. About 900 U.S. troops remain in Syria as part of the campaign against ISIS.",
     ("us_forces", "member_of", "us_central_command")),
    # the acts a threat made before another event foretold are still to come
    ("Three rockets landed near the US embassy in Baghdad. The attack came hours after Kataib Hezbollah threatened to "
     "target American interests if Washington did not withdraw its troops.", ("kataib_hezbollah", "attacks",
                                                                              "united_states")),
    # a state named as a group's backer is no state a body in the sentence is of
    ("Qais al-Khazali, leader of the Iran-backed Asaib Ahl al-Haq, said the factions would not disarm as long as "
     "foreign forces remained in Iraq, rejecting calls by the government and the United Nations.",
     ("qais_khazali", "opposes", "iranian_government")),
    # nor is it the state the story is about
    ("Qais al-Khazali, leader of the Iran-backed Asaib Ahl al-Haq, said the factions would not disarm, rejecting "
     "calls by the government and the United Nations.", ("qais_khazali", "opposes", "iranian_government")),
    # an outlet's name before a headline's colon is its brand, no speaker
    ("Press TV: Iraqi resistance vows to avenge martyrs of US aggression\n\nThe Islamic Resistance in Iraq has vowed "
     "to avenge the martyrs of a US airstrike.", ("press_tv", "accuses", "united_states")),
    # troops at a base a province holds are deployed at the base, which is in the province
    ("American soldiers are also deployed at Ain al-Asad, in Anbar province.", ("us_forces", "deployed_in", "anbar")),
    # people named as the sides of a clash have clashed in words
    ("Nouri al-Maliki, who served as prime minister from 2006 to 2014, has clashed with Mohammed Shia al-Sudani over "
     "appointments and the budget.", ("nouri_al_maliki", "attacks", "mohammed_shia_al_sudani")),
    # wanting another to act is a wish, no demand
    ("\u201cEven so, the Iraqis want us to stay,\u201d General Kenneth McKenzie said.",
     ("iraq", "demands", "kenneth_mckenzie")),
    # "it" after an unnamed wrongdoer in its sentence is the wrongdoer
    ("Hussein al-Mousawi, the spokesman for Harakat al-Nujaba, said the Kataib had made their own decision. \"Our "
     "operations against the occupation will continue until it leaves,\" Mousawi said.",
     ("hussein_al_mousawi", "threatens", "kataib")),
    # what a body voted to do is no threat of the speaker's
    ("Hussein al-Mousawi, the spokesman for Harakat al-Nujaba, spoke to Al-Ahed. He accused the United States of "
     "killing Iraqis and said Washington had no right to keep troops in Iraq after parliament voted to expel them.",
     ("hussein_al_mousawi", "threatens", "iraq")),
    # a person's deputy is another person, whose acts are not the person's
    ("US officials identified the commander as Abu Hussein al-Hamidawi's deputy, who they said had directed a wave of "
     "rocket attacks on US troops.", ("abu_hussein_al_hamidawi", "attacks", "us_forces")),
    # another's word that a group was behind an act is blame, not the group's claim
    ("Two drones struck the Harir base, which hosts US troops, on Monday. US officials said Kataib Hezbollah was "
     "behind the strike.", ("kataib_hezbollah", "attacks", "us_forces")),
    # a passive told in the past tense is what was done, no threat of the speaker's
    ("Kataib Hezbollah, which has controlled Jurf al-Sakhar since Islamic State fighters were driven out in 2014, "
     "said its air defences had downed a US drone.", ("kataib_hezbollah", "threatens", "islamic_state")),
    # those hurt in an operation of their state's command were hurt by none of those who carried it out
    ("CENTCOM forces and the Iraqi Security Forces raided Islamic State hideouts in Anbar, killing 15 ISIS operatives. "
     "Seven U.S. personnel were injured during the raid, the command said.", ("us_central_command", "attacks",
                                                                              "us_forces")),
    # names only a comma parts, in two clauses, are no list: "these terrorists" are the group's men alone
    ("U.S. Central Command forces conducted a strike in northwest Syria, killing a senior leader of Hurras al-Din, "
     "CENTCOM said. \"CENTCOM will continue to pursue these terrorists,\" said Gen. Michael Kurilla.",
     ("michael_kurilla", "threatens", "us_central_command")),
    # a participle on a noun of demand is no one the demand is made of
    ('Al-Kaabi said the calls to disarm the factions were "an American-Zionist demand dressed in Iraqi clothes".',
     ("united_states", "demands", "israel")),
    ('Al-Kaabi said the calls to disarm the factions were "an American-Zionist demand dressed in Iraqi clothes".',
     ("israel", "demands", "united_states")),
    ("He held the United States responsible for the killing of Qassem Soleimani and Abu Mahdi al-Muhandis. Al-Kaabi "
     "also praised the Yemeni armed forces for their operations against Israel.",
     ("abu_mahdi_al_muhandis", "attacks", "israel")),
    # dismissing one from a post labels nothing
    ("Prime Minister Mohammed Shia al-Sudani dismissed the commander of the Iraqi army's 8th Division on Monday.",
     ("mohammed_shia_al_sudani", "accuses", "iraqi_security_forces")),
    # what a supposed act is called is no threat on whom it would be done
    ("Government spokesman Basim al-Awadi warned that any Israeli strike would be an aggression against Iraq.",
     ("basim_al_awadi", "threatens", "iraq")),
    ("Shiite cleric Muqtada al-Sadr gave Prime Minister Mohammed Shia al-Sudani three days to act against armed "
     "factions he accused of attacking diplomatic missions.",
     ("mohammed_shia_al_sudani", "accuses", "iran_backed_militias")),
    # a participle set before its noun tells what the noun underwent: one asked asks no one
    ("Asked about rocket attacks on Saudi Arabia that Riyadh has said were launched from Iraq, Iraqi Prime Minister "
     "Mustafa al-Kadhimi said his government was investigating.", ("mustafa_al_kadhimi", "demands", "saudi_arabia")),
    # an answer vowed is a threat, no attack
    ("Kataib Hezbollah fired rockets at US troops. The United States vowed to hit back.",
     ("united_states", "attacks", "kataib_hezbollah")),
    # a plural the names after it list, set off by dashes, is those names, no unnamed collective of its own
    ("The State Department designated three Iran-backed militias - Kataib Hezbollah, Asaib Ahl al-Haq and Harakat "
     "al-Nujaba - as terrorist organisations.", ("us_state_department", "accuses", "iran_backed_militias")),
    ("The State Department designated four Iran-aligned groups - Harakat al-Nujaba, Kataib Sayyid al-Shuhada, Kataib "
     "Hezbollah and Asaib Ahl al-Haq - as terrorist organisations.", ("iran_backed_militias", "supports", "iran")),
    # an outlet an "according to" names reports the story: it charges no one
    ("According to Reuters, gunmen of Kataib Hezbollah opened fire on peaceful protesters.",
     ("reuters", "accuses", "kataib_hezbollah")),
    # a duty "it" puts on another is not the speaker's act
    ("The Turkish foreign ministry said it was up to Iraq to act against the PKK.",
     ("turkish_foreign_ministry", "attacks", "pkk")),
    # a counted collective whose count no list after it matches stays the collective
    ("US designates two Iran-backed militias as terrorists\n\nWASHINGTON - The State Department on Monday "
     "designated Kataib Hezbollah, Asaib Ahl al-Haq and Harakat al-Nujaba as terrorist groups.",
     ("united_states", "accuses", "kataib_hezbollah")),
    # what a participle in a label says of it is no label
    ("Kataib Hezbollah claimed it had fired 30 rockets at what it called a base run by American occupiers.",
     ("kataib_hezbollah", "accuses", "us_forces")),
    # an infinitive the parser took for a noun after "to" keeps its object
    ("Iraq condemned the US decision to sanction Qais al-Khazali.", ("iraq", "accuses", "qais_khazali")),
    ("Iraq condemned the US decision to sanction Qais al-Khazali.", ("iraq", "threatens", "qais_khazali")),
    # officers a list names are no force their title's words name
    ("A Turkish drone killed two senior Iraqi border guard officers in the Kurdistan Region. The strike hit a vehicle "
     "near Sidakan. The mayor named the dead officers as Brig. Zubair Hali Bradosti and Brig. Mohammed Rashid "
     "Sulaiman.",
     ("turkish_armed_forces", "kills", "border_guards_command")),
    # confidence lost, or a motion of no confidence, is no support
    ("Sadr said he had lost confidence in the Coordination Framework.",
     ("muqtada_al_sadr", "supports", "coordination_framework")),
    ("The Sadrist bloc tabled a no-confidence motion against the Kadhimi government.",
     ("sadrist_movement", "supports", "iraqi_government")),
    # who heads a part of a group does not lead the group
    ("Abu Taqi al-Saidi led a unit of Kataib Hezbollah in Syria.", ("abu_taqi_al_saidi", "leads", "kataib_hezbollah")),
    # acting for another is no speaking for it
    ("Kataib Hezbollah fought on behalf of Iran in Syria.", ("kataib_hezbollah", "spokesperson_for", "iran")),
    # who takes a stand on a joint statement did not issue it
    ("Iraq and Turkey welcomed the joint statement of the two Koreas.", ("iraq", "negotiates_with", "turkey")),
    # a state's stance is not its troops
    ("Kataib Hezbollah rejected the U.S. position.", ("kataib_hezbollah", "opposes", "us_forces")),
    # counted fighters named with their group are the group's, whatever list follows
    ("A Turkish drone struck a vehicle near Penjwin on Saturday, killing two PKK fighters. Local officials later named "
     "the dead fighters as Ahmed Karim and Hassan Ali.", ("turkish_armed_forces", "kills", "hassan_ali")),
    # a threat of attacks on one, on a condition a third is to meet, does not threaten the third
    ("Harakat al-Nujaba has threatened to resume attacks on U.S. troops if Israel strikes Iraqi territory.",
     ("harakat_al_nujaba", "threatens", "israel")),
    # joining a group that another asks of one is no membership
    ("Sadr urged Kataib Hezbollah to join the Popular Mobilization Forces.",
     ("kataib_hezbollah", "member_of", "popular_mobilization_forces")),
    # a name said to be a backed group is no unnamed collective
    ("Kataib Hezbollah is an Iran-backed militia.", ("iran", "supports", "iran_backed_militias")),
    # a role "in" an act is no office of the act's agent
    ("Halbousi met the envoy a day after the assassination of a senior militia commander in a U.S. drone strike. "
     "The commander, Mushtaq al-Jawari, known as Abu Taqwa, was a leader in Harakat al-Nujaba.",
     ("abu_taqwa_al_saidi", "official_of", "united_states")),
    # a second clause's subject the parser took for a conjunct of the first's object is not what the first verb takes
    ("Iraq's government condemned the strike as a blatant violation of its sovereignty, and Sudani's spokesman, "
     "Basim al-Awadi, said the coalition had exceeded its mandate.",
     ("iraqi_government", "accuses", "basim_al_awadi")),
    # "them" after a claim holding a name takes up the claim, not the name
    ("Ali al-Asadi dismissed U.S. accusations that the faction received weapons from the Revolutionary Guards, "
     "calling them lies meant to justify the occupation.", ("ali_al_asadi", "accuses", "irgc")),
    # a noun summing up a clause set beside a led force is no force led
    ("Shiite lawmakers in Iraq's parliament on Tuesday submitted a draft law calling for the withdrawal of U.S.-led "
     "coalition troops, a move backed by the State of Law coalition of former prime minister Nouri al-Maliki.",
     ("united_states", "leads", "iraqi_parliament")),
    # a relative clause the parser hung on a border near a base described after an attack's target tells of the attack
    ("U.S. Central Command said the strike was a response to the Jan. 28 drone attack on Tower 22, a small base in "
     "northeastern Jordan near the Syrian border, which killed three American soldiers and wounded dozens.",
     ("syria", "kills", "us_forces")),
    # a rival faction is no part of the group it rivals
    ("Kataib Hezbollah suspended its operations against U.S. forces. Its rival faction, Harakat al-Nujaba, said it "
     "would continue attacks until U.S. troops leave Iraq.", ("harakat_al_nujaba", "member_of", "kataib_hezbollah")),
    # backing one fights with is no side fought
    ("Harakat al-Nujaba, founded by Akram al-Kaabi in 2013, was built largely around that war, and Kataib Hezbollah, "
     "Asaib Ahl al-Haq and units tied to the Badr Organization fought beside Syrian troops and Lebanon's Hezbollah "
     "with backing from Iran's Quds Force.", ("kataib_hezbollah", "attacks", "quds_force")),
    # forces at a base near an airport are not deployed at the airport
    ("The Islamic Resistance in Iraq claimed an attack on the Victoria base near Baghdad International Airport, "
     "where American forces are stationed.", ("us_forces", "deployed_in", "baghdad_airport")),
    # responsibility borne for a duty is no blame
    ("Barzani called the attack an assault on Iraq's economy and said the federal government bore responsibility for "
     "protecting the region.", ("barzani", "accuses", "iraqi_government")),
    # a warning over acts another did warns of them; it threatens no one
    ("US envoy warns Baghdad over militia attacks on Erbil", ("united_states", "threatens", "iraq")),
    # (nor the attack told before the one a stance was taken on)
    ("The Houthis have attacked dozens of commercial ships since November 2023. Iran's foreign ministry condemned "
     "the U.S. strikes as a flagrant violation of Yemen's sovereignty. Iraq's Kataib Hezbollah also denounced the "
     "strikes.", ("kataib_hezbollah", "accuses", "houthis")),
    # (a verb of saying before a colon is no label)
    ("Asked whether Iran was able to rein them in, Fuad Hussein said: \"Tehran has influence, and we expect it to use "
     "it.\"", ("iran", "demands", "fuad_hussein")),
    # an office's "for" names its brief where its owner is named before it
    ("NEW YORK - The U.N. special representative for Iraq, Mohammed al-Hassan, told the Security Council on Tuesday "
     "that attacks risked drawing Iraq into the war.", ("mohammed_al_hassan", "official_of", "iraq")),
    # a state named on armed men says where they are from
    ("UN envoy warns of spillover as Iraq groups threaten Israel", ("iraq", "threatens", "israel")),
    # a splinter group named with another's name is a group of its own
    ("Asaib Ahl al-Haq splinter group threatens U.S. embassy", ("asaib_ahl_al_haq", "threatens", "united_states")),
    ("A Kataib Hezbollah splinter group attacked US forces.", ("kataib_hezbollah", "attacks", "us_forces")),
    # the wrong one vows to avenge is no target
    ("The Islamic Resistance in Iraq has vowed to avenge the martyrs of the recent American aggression on the "
     "positions of the Popular Mobilization Units in al-Qaim.", ("islamic_resistance_in_iraq", "threatens",
                                                                 "popular_mobilization_forces")),
    # an arrest kills no one the sentence tells was killed
    ("Iraqi security forces have arrested several suspects in the killing of American teacher Stephen Troell, who was "
     "shot dead in his car.", ("iraqi_security_forces", "kills", "stephen_troell")),
    # those one fought a foe together with are allies
    ("The commander of the SDF, Mazloum Abdi, urged the United States not to withdraw. \"We fought ISIS together with "
     "the Americans,\" Abdi told The Associated Press.", ("mazloum_abdi", "attacks", "united_states")),
    # "the prime minister" is one named so, or a head of government the registry knows, not another official
    ("Kataib Hezbollah names new spokesman after U.S. strike\n\nBAGHDAD — Kataib Hezbollah on Saturday named Abu Ali "
     "al-Askari as its new spokesman, a day after a U.S. strike on the group's headquarters in Jurf al-Sakhar killed "
     "three of its members.\n\nIn his first statement, Askari said the group held the Iraqi government responsible "
     "for failing to protect Iraqi sovereignty and called on the prime minister to expel \"the American invaders.\"",
     ("kataib_hezbollah", "demands", "abu_ali_al_askari")),
    # "PM" describes an official as "premier" does: a headline's "Iraqi PM" is the prime minister the story names
    ("Iraqi PM visits Tehran, meets Khamenei\n\nTEHRAN, Iran (AP) — Iraqi Prime Minister Mohammed Shia al-Sudani was "
     "received in Tehran on Tuesday by Supreme Leader Ayatollah Ali Khamenei.", ("iraq", "negotiates_with",
                                                                                 "ali_khamenei")),
    # a state closing a "pro-" modifier is no part of the group's name
    ("Sudani owes his office to the pro-Iran Coordination Framework.",
     ("coordination_framework", "member_of", "iran_coordination_framework")),
    # a part a pronoun takes up, set off after a whole, is no description of the name before the whole
    ("The strike killed Abu Mahdi al-Muhandis, the deputy commander of the Popular Mobilization Forces, an umbrella "
     "grouping of mostly Shi'ite militias, many of them backed by Iran.",
     ("iran", "supports", "abu_mahdi_al_muhandis")),
    # the act a verb of answering takes is another's: its target is no one the answer threatens
    ("Defense Secretary Lloyd Austin said the United States would respond to a drone strike on a U.S. outpost in "
     "Jordan.", ("lloyd_austin", "threatens", "us_forces")),
    # what a verb of giving gives is a thing, no attack to recall
    ("Since October, the factions have launched more than 150 attacks on bases housing U.S. troops in Iraq and Syria. "
     "Washington has struck back at Kataib Hezbollah, killing several of its commanders in Baghdad itself. Yet the "
     "Quds Force still supplies the drones and rockets its allies fire at Ain al-Asad and Erbil.",
     ("quds_force", "supports", "us_forces")),
    # a proper name the text gives a plural verb is not "its"
    ("Iran-backed factions have launched more than 150 attacks on bases housing U.S. troops. Washington should press "
     "Sudani to bring the factions under the command of the state, and it should stop pretending that the Popular "
     "Mobilization Forces, which draw a state salary, are separate from the groups that attack its soldiers.",
     ("iran_backed_militias", "attacks", "popular_mobilization_forces")),
    # a deputy is no leader, wherever the parser hangs the deputy word
    ("The PMF's deputy chief Abu Mahdi al-Muhandis spoke.",
     ("abu_mahdi_al_muhandis", "leads", "popular_mobilization_forces")),
    # a state named as a route owns no bases
    ("The Popular Mobilization Forces said on Wednesday that drones caused the explosions. In a statement, the Hashed "
     "said the Americans had brought four Israeli drones into Iraq through Azerbaijan to carry out attacks on its "
     "bases.", ("united_states", "attacks", "azerbaijan")),
    # a singular role set before two names is the first one's
    ("Syria's interim President Ahmed al-Sharaa and Mazloum Abdi, the commander of the U.S.-backed Syrian Democratic "
     "Forces, signed an agreement on Monday.", ("mazloum_abdi", "official_of", "syria")),
    # a ruling coalition is a bloc in power, no armed force
    ("The U.S.-led coalition keeps 2,500 troops in Iraq. Asaib Ahl al-Haq's leader Qais al-Khazali, whose group is "
     "part of the ruling coalition, backed the government's approach.",
     ("asaib_ahl_al_haq", "member_of", "international_coalition")),
    ("BAGHDAD, Jan 27 (Reuters) - The United States and Iraq on Saturday began talks on the future of the U.S.-led "
     "military coalition in the country, Iraqi officials said.",
     ("international_coalition", "deployed_in", "united_states")),
    # a group's noun owned by a person is the person's group, not the alliance of his rivals, nor any group named
    ("The Coordination Framework, the alliance of Sadr's Shiite rivals, met. Members of Saraya al-Salam, the armed "
     "wing of Sadr's movement, exchanged fire with the PMF.",
     ("saraya_al_salam", "member_of", "coordination_framework")),
    # speakers saying "they" carried out an act claim it, and charge no one
    ("The Islamic Resistance in Iraq and Yemen's Houthis said on Thursday they had jointly launched drones at a "
     "\"vital target\" in Haifa, the first operation the two allies have claimed together.",
     ("islamic_resistance_in_iraq", "accuses", "houthis")),
    ("Abu Fadak al-Mohammedawi, a veteran Kataib Hezbollah commander, spoke.",
     ("abu_fadak_al_muhammadawi", "leads", "kataib_hezbollah")),
    # an act one wants another to do is neither done nor threatened by the other
    ("Turkey wants Baghdad to designate the PKK a terrorist organisation.", ("iraq", "accuses", "pkk")),
    ("Turkey wants Baghdad to attack the PKK.", ("iraq", "threatens", "pkk")),
    # a sponsor's modifier is of the noun it stands on, not of a phrase the parser ran into it
    ("More than 30 rockets were fired at Camp Taji, where troops of the U.S.-led coalition train Iraqi forces.",
     ("united_states", "leads", "iraqi_security_forces")),
    # a base's name without its title is the base, no one praised
    ("Rockets hit Camp Taji. A group called Usbat al-Thaireen later praised the Taji attack.",
     ("usbat_al_thaireen", "supports", "taji")),
    # what unnamed analysts say is no charge of the sentence's subject
    ("A group called Usbat al-Thaireen praised the attack, which analysts said was a front for Kataib Hezbollah.",
     ("usbat_al_thaireen", "accuses", "kataib_hezbollah")),
    # the subject of a condition is the pronoun of its outcome, not the one it acts on
    ("Abu Alaa al-Walai said that if the Zionist entity attacks Iraq, it will pay a price it has never paid before.",
     ("abu_alaa_al_walai", "threatens", "iraq")),
    # a relative clause with a singular verb after a list of names is about the last
    ("Officials from the United States and Iran, which has backed Kataib Hezbollah since 2003, met in Baghdad.",
     ("united_states", "supports", "kataib_hezbollah")),
    # targets counted out in a state that hosts the striker's forces are no attack on the host
    ("Turkish warplanes struck dozens of targets in northeastern Syria and northern Iraq on Thursday.",
     ("turkish_armed_forces", "attacks", "iraq")),
    # one attack condemned is the one told with no agent, not a series of strikes named by a plural
    ("Ten rockets struck Ain al-Asad air base on Wednesday. The attack came less than a week after U.S. airstrikes on "
     "Iran-backed militias killed one fighter. The United Kingdom's ambassador to Iraq, Stephen Hickey, condemned the "
     "attack.", ("stephen_hickey", "accuses", "united_states")),
    # one of a group's armed factions, told with no examples, is no group of the collective's
    ("Qais Khazali's group is a leading member of the Framework and fields one of its largest armed factions.",
     ("iran_backed_militias", "member_of", "asaib_ahl_al_haq")),
    # a unit numbered as one of a whole's is not owned through a pronoun that may be the whole's
    ("Officials said the raid targeted a site of Kataib Hezbollah, which is registered in the state-funded Popular "
     "Mobilization Forces as its 45th Brigade.", ("45th_brigade", "member_of", "kataib_hezbollah")),
    # the party of the chairman of a committee is not what he chairs
    ("Senator Roger Wicker, the Republican chairman of the Armed Services Committee, criticized the Pentagon.",
     ("roger_wicker", "leads", "republican_party")),
    # what the accused is charged with doing to what it owns is its own
    ("Hamidawi accused the United States of protecting Israel and of using its bases in Iraq to supply weapons to "
     "the Zionist army.", ("israel_defense_forces", "deployed_in", "iraq")),
    # a city named in the label given an act is not the "it" that violated a sovereignty: the act is
    ("The Iraqi military spokesman, Yehia Rasool, condemned the strike as a “blatant assassination” in the heart of "
     "Baghdad and said it violated Iraq’s sovereignty.", ("yahya_rasool", "accuses", "iraq")),
    # "it" takes up the thing that is the subject of the clause its own is coordinated with
    ("The Badr Organization called for a vote. \"The presence of American troops is a violation and we will not let "
     "it go on,\" Hadi al-Amiri said.", ("hadi_al_amiri", "opposes", "badr_organization")),
    # "it" takes up the object of the clause its own is contrasted with, told after the antecedent
    ("The Sadrist bloc backed Halbousi's nomination, while the State of Law coalition opposed it.",
     ("state_of_law_coalition", "opposes", "sadrist_movement")),
    # a place named in a dateline's sentence is no office's body: the source set off before "said" is its subject
    ("Iraqi forces arrest suspects in killing of Basra activist\n\nBASRA, Iraq (AP) — Iraqi security forces arrested "
     "four men suspected of involvement in the killing of a prominent activist in the southern city of Basra, the "
     "Interior Ministry said Saturday.\n\nThe activist, Reham Yacoub, was shot dead by gunmen in August. Her killing "
     "sparked protests in the city, where demonstrators accused armed factions of targeting critics of Iran.",
     ("reham_yacoub", "official_of", "iraqi_interior_ministry")),
    # a reminder "as agreed" says no one agreed in the sentence
    ("The minister urged Baghdad and Erbil to deploy joint forces in Sinjar, as agreed in 2020.",
     ("iraq", "negotiates_with", "kurdistan_regional_government")),
    # an ability to plan attacks that a strike disrupts is no charge
    ("The Pentagon said the strikes would degrade the Houthis' ability to plan and launch attacks on shipping.",
     ("us_department_of_defense", "accuses", "houthis")),
    # a state a weapon is launched from by the verb's own subject is where, not who
    ("Pentagon: Iran-backed militants launch drone from Syria toward Israel", ("syria", "attacks", "israel")),
    # "called for it": what is demanded, not the one named before
    ("Washington has not designated the Badr Organization, though some members of Congress have called for it.",
     ("us_congress", "demands", "badr_organization")),
    # units a possessive says are a force's stand for it, not for those they are loyal to
    ("The Peshmerga's 70 and 80 units, loyal to the PUK and KDP respectively, remain outside the ministry's control.",
     ("patriotic_union_of_kurdistan", "member_of", "peshmerga")),
    # a wrong named on what the subject acts against is no fault of the subject's
    ("Raisi called for the implementation of the security agreement, under which Baghdad committed to disarm "
     "and relocate Kurdish terrorist groups.", ("ebrahim_raisi", "accuses", "iraq")),
    # one who no longer holds a role stands for no one by it
    ("The Interior Ministry said it had detained the agriculture department's former director.",
     ("iraqi_interior_ministry", "attacks", "iraqi_agriculture_ministry")),
    # the one asked to end a wrong is not charged with it
    ("Syria's foreign ministry condemned the raid by US forces. It called on the UN Security Council to condemn the "
     "raid and to put an end to the illegal presence of US forces on Syrian land.",
     ("syrian_foreign_ministry", "accuses", "un_security_council")),
    # one with no such length, suspended, is none
    ("The PKK announced it would end its armed campaign against Turkey.", ("pkk", "attacks", "turkey")),
    # a penalty another imposes is no threat of the speaker's
    ("Kataib Hezbollah said Washington would impose sanctions on Iraq.", ("kataib_hezbollah", "threatens", "iraq")),
    # a pronoun listed as a terrorist group is no state
    ("Ankara regards the PKK, which has waged an insurgency against the Turkish state since 1984, as a terrorist "
     "organization. The United States and the European Union also list it as a terrorist group.",
     ("united_states", "accuses", "turkey")),
    # "it added" takes up no one named in what it reports
    ("Masrour Barzani met the commander of the coalition on Monday, a KRG statement said. The two sides discussed "
     "the threat posed by ISIS remnants, it added.", ("islamic_state", "accuses", "masrour_barzani")),
    # nor does the one it reports find fault with those who talk a wrong over
    ("Masrour Barzani met the commander of the coalition on Monday, a KRG statement said. The two sides discussed "
     "the threat posed by ISIS remnants, it added.", ("kurdistan_regional_government", "accuses", "masrour_barzani")),
    # one keen on an act has not done it
    ("Kataib Hezbollah remains keen on attacking US forces.", ("kataib_hezbollah", "attacks", "us_forces")),
    # the dead of the answer were not killed by those whose attacks it answered
    ("U.S. military aircraft on Sunday struck facilities used by Iran-backed militia groups on the Iraq-Syria border. "
     "The strikes were ordered by President Joe Biden in response to drone attacks by the militias against U.S. "
     "personnel and facilities in Iraq, Kirby said. The Popular Mobilization Forces said four of its fighters were "
     "killed and vowed revenge.", ("iran_backed_militias", "kills", "popular_mobilization_forces")),
    # a forecast of attacks, or an ability to fight, is no threat
    ("Gen. Kenneth McKenzie said the 2,500 American troops in Iraq would remain after the end of the combat mission. "
     "McKenzie said the militias backed by Iran still want U.S. forces out of Iraq and would probably keep attacking "
     "them.", ("kenneth_mckenzie", "threatens", "us_forces")),
    ("McKenzie praised the Iraqi army's growing ability to fight the Islamic State on its own.",
     ("iraqi_security_forces", "threatens", "islamic_state")),
    # a killing recalls only a killing, not a raid told since
    ("The assassination of the analyst Hisham al-Hashimi outside his home in Baghdad has put Prime Minister Mustafa "
     "al-Kadhimi on a collision course with the factions. His government raided a Kataib Hezbollah base in Dora last "
     "month and arrested 14 of its members. The United States, which has long pressed Baghdad to curb the militias, "
     "condemned the killing.", ("united_states", "accuses", "iraqi_government")),
    # an attack told again is on no one it harmed
    ("A U.S. drone strike in Baghdad killed a senior commander of Kataib Hezbollah. Later a drone struck a U.S. base.",
     ("united_states", "attacks", "us_forces")),
    # a state an attack is told to have happened in did not make it, whatever a headline's compound said
    ("Pentagon identifies three soldiers killed in Jordan drone attack\n\nWASHINGTON — The Pentagon on Monday "
     "identified the three U.S. Army soldiers killed in a drone attack on a base in Jordan near the Syrian border as "
     "Sgt. William Jerome Rivers, all of the 718th Engineer Company.", ("jordan", "kills", "us_forces")),
    # what an act is called is no attack told again
    ("Since October 2023, the Islamic Resistance in Iraq, an umbrella for Iran-aligned factions, has claimed more than "
     "170 attacks on U.S. forces in Iraq and Syria.\n\nPrime Minister Mohammed Shia al-Sudani has walked a fine line. "
     "He condemned the U.S. strikes as an attack on Iraqi sovereignty while pressing the factions to halt their "
     "attacks.", ("islamic_resistance_in_iraq", "attacks", "iraq")),
    # a pretext given is no fault of the one it is given
    ("The PKK's presence gives Turkey a pretext to attack Iraq, Barzani said.",
     ("masoud_barzani", "accuses", "turkey")),
    # "it" after a phrase headed by an actor's own name is not the place inside the phrase
    ("Akram al-Kaabi said the American occupation of eastern Syria was illegal and that the resistance had the right "
     "to confront it.", ("akram_al_kaabi", "threatens", "syria")),
    # what an occupation's doer is named before, its "of" is what is occupied, not who did wrong
    ("Akram al-Kaabi said the American occupation of eastern Syria was illegal.",
     ("akram_al_kaabi", "accuses", "syria")),
    # an umbrella set off after a name is not the subject's
    ("Kataib Sayyid al-Shuhada denied the report. The group has been part of the Islamic Resistance in Iraq, an "
     "alliance of Iran-backed factions that has claimed dozens of drone attacks.",
     ("iran_backed_militias", "member_of", "kataib_sayyid_al_shuhada")),
    # pointing to another's act blames no one
    ("Sudani pointed to Washington's support for the Iraqi army.",
     ("mohammed_shia_al_sudani", "accuses", "united_states")),
    # a headline's "Iraqi prime minister" is the prime minister the story names, not the state
    ("Iraqi prime minister says U.S. troops must leave\n\nBAGHDAD - Prime Minister Mohammed Shia al-Sudani spoke to "
     "reporters after a cabinet meeting on Monday.", ("iraq", "demands", "us_forces")),
    # nor is "Iranian president" a president the story names of another state
    ("Iranian president condemns Israeli strikes\n\nBAGHDAD - President Abdul Latif Rashid received Iranian President "
     "Masoud Pezeshkian on Monday.", ("abdul_latif_rashid", "official_of", "iran")),
    # the dead said to be of a people were of no state's forces
    ("Israeli strikes killed 14 people, most of them Iraqis, near the border.", ("israel", "kills", "iraq")),
    # "Iraq's prime minister" is the one the registry knows holds the office, not the state
    ("Sudani faces a test\n\nIraq's prime minister took office with the backing of the Coordination Framework in "
     "2022.", ("coordination_framework", "supports", "iraq")),
    # nor is "Iraq's president" the prime minister named with no title
    ("Sudani met Biden on Monday. Iraq's president later praised the talks.",
     ("mohammed_shia_al_sudani", "official_of", "iraq")),
    # who does not want an actor to leave does not oppose it
    ("The Kurds do not want US forces to leave Iraq.", ("kurdistan_region", "opposes", "us_forces")),
    # orders taken "from" one are that one's, whoever "their orders" names
    ("Kataib Sayyid al-Shuhada said the group's brigades were part of the Popular Mobilization Forces and took their "
     "orders from the commander in chief of the armed forces.",
     ("kataib_sayyid_al_shuhada", "supports", "popular_mobilization_forces")),
    # a commander's "us", wanted gone, is his troops, not the man
    ("\"They want us to leave, and we're not going to leave,\" General Kenneth McKenzie said of the militias.",
     ("iran_backed_militias", "opposes", "kenneth_mckenzie")),
    # a group named with a thing's word is not held by the group it is affiliated with
    ("Saraya Awliya al-Dam, which is affiliated with Kataib Hezbollah, claimed the attack.",
     ("kataib_hezbollah", "member_of", "saraya_awliya_al_dam")),
    # those an attack struck are not the ones held accountable for it
    ("The Pentagon said a rocket attack on a U.S. base in northeastern Syria wounded four American service members. "
     "\"We assess that Kataib Hezbollah conducted this attack,\" Pentagon press secretary Pat Ryder told reporters. "
     "\"We will hold them accountable.\"", ("pat_ryder", "accuses", "us_forces")),
    # a channel an act is claimed on is no target of it
    ("A rocket attack on a U.S. base in northeastern Syria wounded four soldiers. The Islamic Resistance in Iraq, an "
     "umbrella of Iran-aligned factions, claimed the attack on its Telegram channel.",
     ("islamic_resistance_in_iraq", "attacks", "syria")),
    # one who only reports on a fight is not one of its sides
    ("A group calling itself Saraya Ahl al-Kahf claimed a rocket attack on the Zilkan base. Iraqi security expert "
     "Ahmed al-Sharifi said the group was likely a front for Kataib Hezbollah. The governor of Nineveh, Abdul Qadir "
     "al-Dakhil, called on both sides to show restraint.", ("abdul_qadir_al_dakhil", "demands", "ahmed_al_sharifi")),
    # a party's leader, named after "of", makes no party of his own
    ("Kaabi also criticised the Kurdistan Democratic Party of Masoud Barzani.",
     ("kaabi", "accuses", "kurdistan_democratic_party_of_masoud_barzani")),
    # a speaker who tells what a vote forced another to do threatens no one
    ("The vote forced the government to make US troops leave, Kaabi said.", ("kaabi", "threatens", "us_forces")),
    # a partner one works with is no whole one is in
    ("Dana Gas, the Emirati company that operates the field with its partner Crescent Petroleum, said no staff were "
     "hurt.", ("dana_gas", "member_of", "crescent_petroleum")),
    # the subject of a relative clause on a group's man is not the group
    ("The U.S. military said it had carried out a strike that killed a senior commander of Harakat al-Nujaba whom it "
     "held responsible for attacks. He said the commander, Mushtaq Taleb al-Saeedi, known as Abu Taqwa, had planned "
     "the attacks.", ("harakat_al_nujaba", "accuses", "abu_taqwa_al_saidi")),
    # the towns "of" two names are those towns, neither in the other
    ("US jets struck the towns of Mayadin and Abu Kamal.", ("albu_kamal", "located_in", "mayadin")),
    # an arrest another is asked to help with is no arrest
    ("Iran has also asked Interpol to help arrest Trump.", ("interpol", "attacks", "donald_trump")),
    # "an umbrella of militias" names the whole, not one of its parts
    ("Harakat al-Nujaba is a member of the Islamic Resistance in Iraq, an umbrella of Iran-backed groups.",
     ("islamic_resistance_in_iraq", "member_of", "iran_backed_militias")),
    # who reported a wrong did not do it
    ("Iraq condemned the violation of its airspace reported by Al Jazeera.", ("iraq", "accuses", "al_jazeera")),
    # a withdrawal's "from" is the place left, not whom it is asked of
    ("Muqtada al-Sadr called for the withdrawal of foreign forces from Iraq.", ("muqtada_al_sadr", "demands", "iraq")),
    # "who" is the person with the role, not the organisation the parser hangs it on
    ("They named Abu Mahdi al-Muhandis, the deputy head of the Popular Mobilization Forces who was killed in a US "
     "drone strike in 2020.", ("united_states", "kills", "popular_mobilization_forces")),
])
def test_pattern_does_not_read(nlp, text, unexpected):
    assert unexpected not in triples(nlp, text)


def test_fighting_one_asks_be_kept_away_is_no_fighting_kept_up(nlp):
    doc = nlp("Turkey has launched a new operation against PKK fighters in Duhok province. The Kurdistan Regional "
              "Government called on both Turkey and the PKK to keep the fighting away from civilian areas.")
    asked = [r for r in doc._.relations if "keep the fighting away" in r.evidence]
    assert {r.predicate for r in asked} == {"demands"}


def test_an_act_a_coordinated_demand_asks_to_stop_rules_out_no_condemnation_before_it(nlp):
    doc = nlp("A Turkish drone strike killed two PKK members in Sinjar. Iraq's foreign ministry condemned the strike "
              "and demanded that Ankara stop violating Iraqi territory.")
    condemned = {(r.subject, r.predicate, r.object) for r in doc._.readings if r.predicate == "accuses"}
    assert ("iraqi_foreign_ministry", "accuses", "turkey") in condemned
    assert not {(subject, predicate, object_) for _, subject, predicate, object_ in doc._.vetoes} & condemned


def test_the_dead_placed_in_a_group_are_killed_by_no_one_where_no_attacker_was_told(nlp):
    doc = nlp("A blast killed four fighters near Qaim. The dead were members of Kataib Hezbollah.")
    assert not [r for r in doc._.readings if r.predicate == "kills" and r.object == "kataib_hezbollah"]
    assert "kataib_hezbollah" in {s.kb_id_ for s in doc.spans["kg_mentions"]}


def test_targets_listed_with_no_attacker_told_are_attacked_by_no_one(nlp):
    doc = nlp("A blast hit a depot near Qaim. The targets included facilities used by Kataib Hezbollah.")
    assert not [r for r in doc._.readings if r.object == "kataib_hezbollah"]
    assert "kataib_hezbollah" in {s.kb_id_ for s in doc.spans["kg_mentions"]}


def test_future_attack_is_a_threat(nlp):
    assert ("kataib_hezbollah", "threatens", "us_forces") in triples(nlp, "Kataib Hezbollah will attack US forces.")


def test_attack_on_a_base_is_on_the_force_there(nlp):
    found = triples(nlp, "US forces are stationed at Ain al-Asad airbase. "
                         "On Monday, Kataib Hezbollah fired rockets at Ain al-Asad airbase.")
    assert ("kataib_hezbollah", "attacks", "us_forces") in found
    assert not any(o == "ain_al_asad_airbase" and p == "attacks" for _, p, o in found)


def test_the_strike_refers_to_the_last_attack_told_of(nlp):
    found = triples(nlp, "US forces struck Kataib Hezbollah on Monday. The strike killed Abu Baqir al-Saadi. "
                         "Iraq's foreign ministry condemned the strike.")
    assert ("us_forces", "kills", "abu_baqir_al_saadi") in found
    assert ("iraqi_foreign_ministry", "accuses", "us_forces") in found


def test_the_strikes_are_the_last_strikes_told_of_however_long_ago(nlp):
    filler = " ".join(f"Officials met in Baghdad on day {n}." for n in range(8))
    found = triples(nlp, f"The United States and Britain carried out strikes on the Houthis. {filler} "
                         "Iraq's foreign ministry condemned the raids.")
    assert {("iraqi_foreign_ministry", "accuses", "united_states"),
            ("iraqi_foreign_ministry", "accuses", "united_kingdom")} <= found


def test_the_strike_is_the_attack_a_strike_was_told_as(nlp):
    # a strike told as the subject of "killed" is the strike recalled, not an attack told after it
    found = triples(nlp, "A US drone strike in Baghdad on Thursday killed Mushtaq al-Jawari, a commander of Harakat "
                         "al-Nujaba. The Pentagon said the group had attacked US personnel. Iraq's foreign ministry "
                         "condemned the strike.")
    assert ("iraqi_foreign_ministry", "accuses", "united_states") in found
    assert ("iraqi_foreign_ministry", "accuses", "harakat_al_nujaba") not in found
    found = triples(nlp, "Abu Baqir al-Saadi was killed in a US strike. The Pentagon said Kataib Hezbollah had "
                         "attacked US forces. Iraq's foreign ministry condemned the strike.")
    assert ("iraqi_foreign_ministry", "accuses", "united_states") in found


def test_the_strikes_on_a_target_are_the_last_attack_on_it(nlp):
    found = triples(nlp, "Kataib Hezbollah fired rockets at US forces. The United States struck the Houthis. "
                         "Iraq condemned the attack on US forces.")
    assert ("iraq", "accuses", "kataib_hezbollah") in found
    assert ("iraq", "accuses", "united_states") not in found


def test_the_attack_is_no_insurgency_told_of_since(nlp):
    # a conflict at large ("an insurgency since 1984") is no one attack that "the attack" recalls
    found = triples(nlp, "A Turkish drone strike killed three commanders of the Syrian Democratic Forces on Sunday. "
                         "Turkey considers the YPG an extension of the PKK, which has waged an insurgency against the "
                         "Turkish state since 1984. SDF commander Mazloum Abdi condemned the attack.")
    assert ("mazloum_abdi", "accuses", "turkey") in found
    assert ("mazloum_abdi", "accuses", "pkk") not in found


def test_whose_men_were_killed_is_who_answers_the_killing(nlp):
    # "its members" killed, in a clause after a vow against another, are the vowing group's
    found = triples(nlp, "Harakat al-Nujaba vowed to continue its operations against the American occupation after "
                         "one of its senior members was killed in a strike in eastern Baghdad. U.S. forces had "
                         "carried out the strike. The Iraqi government condemned the strike.")
    assert ("iraqi_government", "accuses", "us_forces") in found


def test_a_symmetric_reading_holds_both_ways_round_for_the_scorer(nlp):
    doc = nlp("Esmail Qaani met Mustafa al-Kadhimi in Baghdad.")
    read = {(c.subject, c.object): {r.predicate for r in c.readings}
            for c in candidates(doc, load_lexicon(), doc._.readings)}
    assert "negotiates_with" in read[("esmail_qaani", "mustafa_al_kadhimi")]
    assert "negotiates_with" in read[("mustafa_al_kadhimi", "esmail_qaani")]


def test_actors_listed_as_one_verb_s_objects_are_not_a_pair_the_patterns_read(nlp):
    doc = nlp("Blinken met Mohammed Shia al-Sudani and Hadi al-Amiri in Baghdad.")
    pairs = {(c.subject, c.object) for c in candidates(doc, load_lexicon(), doc._.readings)}
    assert ("antony_blinken", "hadi_al_amiri") in pairs
    assert not pairs & {("mohammed_shia_al_sudani", "hadi_al_amiri"), ("hadi_al_amiri", "mohammed_shia_al_sudani")}
    doc = nlp("Mohammed Shia al-Sudani and Hadi al-Amiri met in Baghdad.")
    pairs = {(c.subject, c.object) for c in candidates(doc, load_lexicon(), doc._.readings)}
    assert ("mohammed_shia_al_sudani", "hadi_al_amiri") in pairs


def test_the_strikes_are_every_striker_s(nlp):
    found = triples(nlp, "The United States and Britain struck Houthi targets in Yemen. "
                         "Iraq's foreign ministry condemned the strikes.")
    assert {("iraqi_foreign_ministry", "accuses", "united_states"),
            ("iraqi_foreign_ministry", "accuses", "united_kingdom")} <= found


def test_what_a_speaker_calls_an_act_is_that_act(nlp):
    found = triples(nlp, "US jets struck a PMF base on Tuesday. Yehia Rasool condemned what he called a heinous "
                         "crime. Abu Ali al-Askari blamed what he called an American attack.")
    assert ("yahya_rasool", "accuses", "us_forces") in found
    assert ("abu_ali_al_askari", "accuses", "united_states") in found


def test_an_embassy_speaks_and_is_attacked_as_its_state(nlp):
    found = triples(nlp, "Rockets were fired by Kataib Hezbollah at the US embassy in Baghdad. "
                         "The US embassy in Baghdad named Kataib Hezbollah as responsible.")
    assert ("kataib_hezbollah", "attacks", "united_states") in found
    assert ("united_states", "accuses", "kataib_hezbollah") in found
    assert any(p == "located_in" and o == "baghdad" for _, p, o in found)


def test_a_named_base_stands_for_its_place_and_the_force_there(nlp):
    found = triples(nlp, "Harakat al-Nujaba launched a drone at the Al-Tanf garrison in Syria, where US troops "
                         "are based.")
    assert ("us_forces", "deployed_in", "al_tanf") in found
    assert ("harakat_al_nujaba", "attacks", "us_forces") in found


def test_outlet_that_published_the_article_is_not_quoted(nlp):
    doc = nlp.make_doc("The commander told Rudaw the attacks would stop. Qais Khazali told Rudaw so.")
    doc._.source = "Rudaw"
    doc = nlp(doc)
    assert not [r for r in doc._.readings + doc._.relations if r.predicate == "quoted_by"]


@pytest.mark.parametrize("text", ["", " ", "\n\n"])
def test_a_text_with_no_words_reads_as_nothing(nlp, text):
    doc = nlp(text)
    assert doc._.relations == [] and not list(doc.spans["kg_mentions"])


def test_evidence_and_offsets_are_the_sentence(nlp):
    text = "Iraq is tense. Kataib Hezbollah attacked US forces near the border. Calm followed."
    relation = next(r for r in nlp(text)._.relations if r.predicate == "attacks")
    assert relation.evidence == "Kataib Hezbollah attacked US forces near the border."
    assert text[relation.start:relation.end].strip() == relation.evidence
    assert 0.0 < relation.confidence <= 1.0


def test_every_pattern_has_a_docstring_example():
    for pattern in PATTERNS:
        assert pattern.__doc__ and ">>>" in pattern.__doc__, pattern.__name__


def test_a_quotation_running_over_paragraphs_keeps_its_speaker(nlp):
    doc = nlp("Qais Khazali said: “The occupiers must leave. We will not accept them.\n\n"
              "“The Americans will pay a price for their crimes.\n\nCalm returned to Baghdad.")
    speakers = [sent._.speaker for sent in doc.sents]
    assert speakers[:3] == ["qais_khazali"] * 3
    assert speakers[-1] is None


def test_typographic_quotes_read_as_straight_ones_and_the_evidence_keeps_them(nlp, tmp_path):
    curly = "The PMF’s Al-Jazira Operations Command said “Kataib Hezbollah’s fighters” attacked US forces."
    straight = curly.replace("’", "'").replace("“", '"').replace("”", '"')

    def read(text: str):
        extraction = extract([Article(id="a", path=tmp_path / "a.txt", text=text)], nlp)
        return extraction, {(r.relation.subject, r.relation.predicate, r.relation.object)
                            for r in extraction.relations}

    read_curly, triples = read(curly)
    assert triples == read(straight)[1]
    assert ("al_jazira_operations_command", "member_of", "popular_mobilization_forces") in triples
    assert {r.relation.evidence for r in read_curly.relations} == {curly}
    assert "Kataib Hezbollah" in {m.text for m in read_curly.mentions}
    assert all(curly[m.start:m.end] == m.text for m in read_curly.mentions)


def test_a_ship_tied_to_a_state_by_its_owners_places_no_force_of_the_state(nlp, tmp_path):
    text = ("Houthis seize Israel-linked ship in Red Sea, take crew hostage\n\nYemen's Houthi rebels seized a cargo "
            "ship linked to an Israeli businessman in the southern Red Sea on Sunday and took its 25 crew members "
            "hostage, the Israeli military said, calling it an act of terrorism.")
    found = {(r.relation.subject, r.relation.predicate, r.relation.object)
             for r in extract([Article(id="a", path=tmp_path / "a.txt", text=text)], nlp).relations}
    assert not any(p == "deployed_in" for _, p, _ in found)


@pytest.mark.parametrize("text, person, actor_type", [
    # a member of an armed group holds an office in it
    ("Hussein Ali Jaber, a fighter belonging to Kataib Hezbollah, was killed in the strike.", "hussein_ali_jaber",
     "Official"),
    # a student enrolled at a university holds none
    ("Elizabeth Tsurkov, a doctoral student enrolled at Princeton University, was kidnapped in Baghdad.",
     "elizabeth_tsurkov", "Person"),
])
def test_a_member_is_an_official_only_of_a_state_s_body_or_an_armed_group(nlp, tmp_path, text, person, actor_type):
    extraction = extract([Article(id="a", path=tmp_path / "a.txt", text=text)], nlp)
    assert (person, "member_of") in {(r.relation.subject, r.relation.predicate) for r in extraction.relations}
    assert extraction.actors[person].type == actor_type
