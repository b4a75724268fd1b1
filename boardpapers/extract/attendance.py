"""Attendance in minutes: who was present, in attendance, or sent apologies.

The block between a minutes heading and the first minute item is read line
by line; "Present:", "In attendance", "Apologies", "Officers:" ... switch the
status. Three shapes of entry are handled: comma lists ("PRESENT: Mr R W
Gough (Chairman), Mr N Baker, ..."), table rows linearised one person a line
("Alex Harris Integrated Commissioning Governance Manager City & Hackney
CCG") and "Role, Organisation – Name" lines. Apologies given inside a minute
item ("Apologies were received from Mrs C Bell.") are read too."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..layout import Line as LayoutLine
from ..layout import layout_of, line_from_spans, span_text
from ..layout.lines import em
from ..model import Document, Page
from ..text import split_outside_brackets
from .agenda import _chunks, clean_spans
from .attendance_labels import english_label
from .dates import MONTHS
from .decisions import ITEM_MARK, Line, _stream
from .meetings import boilerplate, find_bodies, minute_sections
from .records import Attendance, Meeting

HONORIFIC = (
    # "The Rt Revd Dr Jonathan Mabry", "The Rt Hon ...": a bishop's or privy counsellor's style
    r"(?:(?:The\s+)?(?:Rt\.?|Right)\s+(?:Revd\.?|Rev\.?|Reverend|Hon\.?|Honourable)|Very\s+Revd\.?|"
    # "Cr", "Crs": Australian and New Zealand councils' councillor
    # academic grades before "Professor": "Adjunct Professor Neil Mackintosh", "Associate Professor
    # Grace Nguyen" (Australian health districts' and universities' boards), "Emeritus Professor"
    r"(?:Adjunct|Associate|Assistant|Emeritus|Clinical|Honorary)\s+Prof(?:essor|\.)?|"
    r"Cllrs\.?|Cllr\.?|Clrs\.?|Clr\.?|Crs\.?|Cr\.?|Councillors?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Prof\.?|Professor|Sir|Dame|Revd\.?|Rev\.?|Reverend|Canon|"
    r"T/Chief Insp\.?|Chief Inspector|Chief Insp\.?|Inspector|Superintendent|Supt\.?|"
    # police ranks before a name in US council minutes' staff lists ("Sgt. Aaron Keel")
    r"Sgt\.?|Sergeant|Lt\.?|Lieutenant|Capt\.?|Captain|"
    # military ranks, a retired officer's "(Ret.)" after them: "Col. (Ret.) Dwayne Harkness" (US
    # university and state boards), "Brigadier Jane Fox", "Air Cdre Ian Moss", "Maj Gen (Retd)"
    # (UK lieutenancies, reserve forces' associations); "General", "Major", "Commander" in full
    # are left out: "General Counsel", "Major Projects Director" are posts
    r"Col\.?|Colonel|Gen\.|Maj\.?|Brig\.?|Brigadier|Adm\.|Admiral|Cdr\.?|Cmdr\.?|Wg\.?\s+Cdr\.?|Air\s+Cdre\.?|"
    r"\((?:Ret|Retd|Retired)\.?\)|"
    # English police ranks before a name in police and crime boards' and licensing minutes: "Det
    # Supt Fiona McAteer", "Ch Supt Owen Tregaskis", "PC Liam Gorecki", "DCI Amy Roe"
    r"(?:Det\.?|Detective)\s+(?:Ch\.?\s+)?(?:Supt\.?|Superintendent|Insp\.?|Inspector|Sgt\.?|Sergeant|Con\.?|Constable)|"
    r"(?:Ch\.?|Chief)\s+(?:Supt\.?|Superintendent)|PCSO|PC|DCI|DI|DS|DC|"
    # chief officers' ranks before the name: "DCC Andrew Fairclough", "ACC Jo Reid", "T/ACC ..."
    # (police and crime commissioners' and joint audit committees' minutes)
    r"(?:T/)?(?:DCC|ACC)|"
    # fire and rescue services' ranks before a name: "Area Manager Owen Tilley", "Group Manager
    # ...", "Station Manager ..." (fire authorities' minutes); a first name and a surname must
    # follow ("Group Manager Finance" is a post)
    r"(?:Area|Group|Station|Watch|Crew)\s+Manager(?=\s+[A-Z][\w'’-]+\s+[A-Z])|"
    # US boards list their members under a plural title: "Present: Councilmembers Adams, Brown"
    r"Councilmembers?|Council Members?|Commissioners?|Trustees|Supervisors?|Aldermen|Alderman|Directors|"
    # South Asian styles: "Shri Anil Deshmukh", "Smt. Radhika Iyer", "Kum. Asha Rao" (Indian
    # companies', statutory corporations' and municipal bodies' minutes); a professional style
    # before the name in East and West African and South Asian boards' minutes: "Eng. Mary Gitau",
    # "CPA Samuel Kamau", "CA Sunita Bhalerao", "Adv. Rekha Nair", "Arch. Paul Mwangi" (a name of
    # a capitalised first name and surname must follow the acronyms: "CA Board" is no person)
    r"Shri|Shrimati|Smt\.?|Sri|Kumari|Kum\.|Eng\.|Engr\.?|Adv\.|Arch\.|"
    # Philippine styles: a lawyer's "Atty. Gregorio L. Santos", a board member's "Dir. Romeo B.
    # Villanueva" (electric cooperatives' and other Philippine boards' minutes; "Dir." only before
    # a first name and a surname: "Dir. Finance" is a post)
    # Jersey and Guernsey parishes' honorary offices before a name: "Connétable Philip Le Gresley",
    # "Centenier Paul Le Sueur", "Vingtenier ..." (parish assemblies' minutes)
    r"Conn[ée]table(?=\s+[A-Z])|Centenier(?=\s+[A-Z])|Vingtenier(?=\s+[A-Z])|"
    r"Atty\.(?=\s+[A-Z])|Dir\.(?=\s+[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z])|"
    # a second style in brackets after the first: "Prof. (Dr.) Vasant Kulkarni", "Dr. (Smt.) Lata
    # Venkatesh" (Indian universities' syndicates and senates)
    r"\((?:Dr|Prof|Smt|Shri|Sri|Mrs|Ms|Mr|Col|Capt|Adv|Engr|Eng|Barr|Arc|Pharm)\.?\)|"
    # Malaysian and Bruneian styles, honours and titles before a name, one after another: "YBhg.
    # Dato' Sri Haji Ahmad", "YB Tuan Lim", "Tan Sri ...", "Encik", "Puan", "Cik", an engineer's
    # "Ir.", a technologist's "Ts." (Malaysian statutory bodies' and state boards' minutes); bin,
    # binti, a/l and a/p stay in the name (see PARTICLES)
    r"YBhg\.?|YABhg\.?|YBrs\.?|YAB(?=\s+[A-Z])|YB\s+Tuan|YB(?=\s+[A-Z])|Dato['’]\s+Sri|Dato['’]|Datuk\s+Seri|Datuk|Datin\s+Paduka|Datin|"
    # ("Tuan" and "Haji" are given names too, "Mr Tuan Nguyen": "Tuan" a style only after "YB" or
    # before "Haji", "Haji" only before a Malay name with its patronymic: "YB Tuan Lim", "Tuan Haji
    # Roslan bin Ismail", "Dato' Sri Haji Ahmad Zulkifli bin Mohd Nor")
    r"Tan\s+Sri|Puan\s+Sri|Toh\s+Puan|Tuan(?=\s+(?:Haji|Hajah|Hj)\b)|Puan|Encik|Cik(?=\s+[A-Z])|"
    r"(?:Haji|Hajah)(?=\s+[A-Z][a-z]+\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:bin|binti|bte)\s)|Hjh?\.|Ir\.|Ts\.|"
    # Welsh "Cyng." (Cynghorydd, councillor) and a county councillor's "Cyng. Sir" (Welsh community
    # and county councils' minutes; before the English half, see _BILINGUAL_TITLE)
    r"Cyng\.?(?:\s+Sir)?|Cynghorydd|"
    # a chief or traditional leader sitting by office: "Kgosi D.R. Bogatsu" (South African and
    # Botswana municipal councils), "Inkosi", "Chief" left out (a post: "Chief Executive")
    r"Kgosi|Kgosigadi|Inkosi|Nkosi(?=\s+[A-Z]\.)|"
    # Fijian chiefly titles before a name: "Ratu Epeli Nailatikau", "Adi Litia Cakobau" (Fijian
    # boards' and trusts' members); a first name and a surname must follow
    r"(?:Ratu|Adi)(?=\s+[A-Z][a-z]+\s+[A-Z])|"
    # an Indigenous Elder sitting or attending as such: "Elder Florence Chartrand" (Canadian health
    # authorities' and First Nations bodies' minutes); a first name and a surname must follow
    r"Elder(?=\s+[A-Z][a-z]+\s+[A-Z])|"
    # a Catholic or Anglican priest: "Rev. Fr. Daniel Chebet", "Fr Brendan Moran" (Irish, East
    # African boards of management and school boards)
    r"Fr\.?(?=\s+[A-Z][a-z]+\s+[A-Z])|"
    # West African styles before a name: a pilgrim's "Alhaji Ibrahim Sule", "Hajiya Hauwa'u Bello",
    # "Mallam ...", a barrister's "Barr. Emeka Obi", an architect's "Arc.", a pharmacist's "Pharm.",
    # "Amb." (Nigerian and Ghanaian boards' and councils' attendance tables); Singapore's "Mdm Tan
    # Siew Lan" and an engineer's "Er." (town councils' and statutory boards' minutes); a Scottish
    # council's "Bailie" (a senior councillor's style). Spelled-out styles need a first name and a
    # surname after them, or a second style in brackets: "Alhaji (Dr.) Musa Bello"
    r"(?:Alhaji|Alhaja|Hajiya|Hajia|Mallam|Malam|Barrister|Bailie|Madam|Comrade)(?=\s+(?:\(|[A-Z][\w'’.-]+\s+[A-Z]))|"
    r"Alh\.|Barr\.|Arc\.|Pharm\.|Amb\.|Mdm\.?(?=\s+[A-Z])|Er\.(?=\s+[A-Z])|"
    r"(?:CPA|CA|FCA|CS)(?=\s+[A-Z][a-z]+\s+[A-Z])|"
    # "Hon. Amina Said" (Kenyan and other Commonwealth boards' members of parliament and ministers);
    # "Hon. Secretary", "Hon. Treasurer" are posts; a second style may come between: "Hon. Dr.
    # Grace Wario", "Hon. Eng. Paul Kimani" (Kenyan state corporations' boards)
    r"Hon\.(?=\s+(?!(?:Secretary|Treasurer|Sec|Treas|Solicitor|Auditor|Editor|Life|Member|Vice|President)\b)"
    r"(?:(?:Dr|Prof|Eng|Amb|Rev|Mrs|Mr|Ms|Miss)\.?\s+)?[A-Z][a-z]+\s+[A-Z]))"
)
# A plural title before a list of surnames: each piece is a person though it has one word
# ... with the tier of council before it: "County Councillors Brian Hetherington and Lesley Fenwick"
# (English county councils' minutes; see TIER_TITLE)
PLURAL_TITLE = re.compile(
    r"^\s*(?:(?:District|County|Borough|Town|Parish|City|Unitary|Ward)\s+(?=C))?(?:Councillors|Cllrs\.?|Crs\.?|Councilmembers|Council Members|Commissioners|Trustees|Supervisors|Aldermen|"
    r"Directors)\s+"
)
HONORIFIC_RE = re.compile(rf"^\s*(?:{HONORIFIC}\s+)+")
# A title printed in two languages, the other language's first: "Cyng. / Cllr Dafydd ap Rhys", "Cyng.
# Sir / County Cllr Meirion Davies" (Welsh community and county councils' bilingual minutes): the
# English half is what the readers of names and posts know, so the first half is dropped
_BILINGUAL_TITLE = re.compile(
    rf"(?:(?<=^)|(?<=[\s,;:(]))(?:{HONORIFIC})\s*/\s*(?=(?:(?:County|District|Borough|Town|Community)\s+)?(?:{HONORIFIC})\s)"
)
# "District Cllr Blackwell", "County Cllr Mrs Binns": the tier of local government a councillor
# sits on, before the title (English parish and town council minutes list the district and
# county councillors who attend so); the tier and title are the person's role.
TIER_TITLE = re.compile(
    r"^\s*((?:District|County|Borough|Town|Parish|City|Unitary|Ward)\s+(?:Cllr|Councillor|Clr)(?P<plural>s)?\.?)\s+(?=\S)"
)
# ... in the plural before a list, "County Councillors Rosemary Atherton, Paul Whitacre and ...":
# the council's own members under their common title (English county councils' minutes), read
# as "Councillors ..." (a title, no role of its own)
# The council a visiting councillor sits on, before the title: "Dorset Council Cllr Helen Wakely
# (ward member)", "Kent County Council Councillor A Bell", "Wirral Borough Council Cllr ..."
# (English town and parish councils' minutes list the principal authority's ward members so)
_ORG_BEFORE_TITLE = re.compile(
    r"^\s*((?:[A-Z][\w&'’-]*\s+){1,4}(?:Council|Authority|Assembly))\s+(?=(?:Cllr|Councillor|Clr|Cr)\.?\s)"
)
# Letters after a name: honours, and the professional bodies board members list ("Professor Dame
# Alison Pryce-Whitley DBE FSA", "Mr Rajiv Sethuraman FCA": public bodies' and charities' minutes)
POSTNOMINAL_WORDS = (
    r"QC|KC|OBE|MBE|CBE|KBE|DBE|CB|BEM|JP|MP|DL|FRCP|FRCS|FRCGP|FRCN|PhD|FSA|FCA|ACA|FCCA|FRICS|MRICS|"
    r"FRSA|FCIPD|FCIH|FREng|FRS|FBA|FMedSci|QFSM|QPM|KPM|CPFA|"
    # veterinary and medical colleges' members and fellows (regulators' and NHS boards' minutes)
    r"MRCVS|FRCVS|MRCGP|MRCP|MRCPsych|FRCPsych|FRCPath|FFPH|MFPH|RGN|RMN|"
    # learned societies' fellows (university senates' and councils' members)
    r"FRSE|FLSW|FAcSS|FRHistS|FRSC|FRSB|FInstP|FIET|FHEA|SFHEA|PFHEA|"
    # engineers' institutions (drainage boards', water and transport bodies' officers)
    r"CEng|MICE|FICE|MIStructE|FIStructE|MCIWEM|FCIWEM|CEnv|MRTPI|FRTPI|"
    # Kenyan state honours (state corporations' boards: "Eng. Peter Mutai, OGW"), and the Indian
    # all-India services after a civil servant's name ("Shri Anil Deshmukh, IAS": Indian public
    # sector companies' and statutory bodies' boards)
    r"EGH|EBS|MBS|OGW|HSC|CBS|MGH|IAS|IPS|IFS|IRS|"
    # Jamaican national honours after a name ("Hon. Mrs. Claudette Bryan-Reid, CD, JP": Jamaican and
    # other Caribbean statutory bodies' boards; "OD" left out: "Director of People & OD")
    r"CD|OJ|"
    # Nigerian national honours and institutes after a name ("Alhaji Ibrahim Sule, mni", "Barr.
    # Ada Obi, SAN", "Dr. Musa Bello, OFR, FCNA": Nigerian boards' and councils' minutes), and
    # Singapore's public service medals ("Mr Tan Boon Huat, PBM": town councils' and statutory
    # boards' members)
    r"mni|SAN|OFR|OON|GCON|FCNA|FCIB|FNSE|FNIM|FCIS|FCIPM|PBM|BBM|PBS|PJG|"
    # US licences and degrees after a licensee's name ("Kristina Lindqvist, M.S., CCC-SLP, Chair",
    # "Kimberly Ahn, MS, RDN, LD", "Gregory Salas, Esq., counsel for ...": US state licensing
    # boards' and special districts' minutes, whose members are licensees of the profession);
    # "MD" and "PA" are left out, as "Managing Director" and "Personal Assistant" read so
    r"CCC-SLP|CCC-A|Au\.D|AuD|RDN|RD|LDN|LD|CDN|CDCES|APRN|DNP|MSN|BSN|RN|LPN|PharmD|RPh|DDS|DMD|DVM|"
    r"LCSW|LMSW|LPC|LMFT|PsyD|EdD|Ed\.D|Ph\.D|M\.S|M\.A|M\.Ed|MS|MA|MEd|MPH|MPA|MSW|JD|J\.D|Esq"
)
# A post of one word, then its department after a comma: "Head, Nursing Services", "Director, Legal
# Services" (Nigerian, Ghanaian and other Commonwealth bodies write "Head of Nursing Services" so);
# the department is part of the post, no organisation
_LONE_POSTS = {"Head", "Director", "Deputy Director", "Assistant Director", "Manager", "Chief"}
_DEPARTMENT_ENDS = {"Services", "Service", "Department", "Division", "Unit", "Directorate"}
# one such word alone, after a comma: the name's letters, no post
_POSTNOMINAL_ONLY = re.compile(rf"(?:{POSTNOMINAL_WORDS})")
# Australian and New Zealand honours after a name in an attendance list ("Cr Warren Duggan OAM"):
# no post; kept out of POSTNOMINAL_WORDS, which the registers of interests share and which keep
# them in the name ("The Hon. Margaret Castellano AO"); the two-letter "AM"/"AC" are left out,
# as times and acronyms read so
_HONOURS_AFTER_NAME = re.compile(r"^(?:OAM|AO|PSM|APM|AFSM|ONZM|MNZM|CNZM|KNZM|DNZM|QSO|QSM)\b\s*")
POSTNOMINAL = re.compile(rf"(?:,?\s+\b(?:{POSTNOMINAL_WORDS})\b\.?)+(?=\s*(?:\(|$|,))")
# A list mark before a label ("o Commissioners Present:", "● Apologies").
# ... or the roll call's own label before it: "Roll Call - Present: Adams, Baker" (US county boards)
_MARK = r"^\s*(?:[o●•▪\uf0b7\uf0a7-]\s+)?(?:(?i:roll\s+call)\s*[-–:]\s*)?"
# "Present (54):" -- a head count, not a role
_COUNT = r"(?:\s*\(\d+\))?"
# The end of a label that may stand without a colon: a colon, or a titled name next ("Staff   Mr
# Graham ..."), or nothing more on the line
_BARE_LABEL_END = rf"(?:\s*:\s*|\s+(?=(?:{HONORIFIC})\s)|\s*$)"
# The members of a body by their seat, before "present" (see STATUS)
# (plural "Members", "Directors", "Governors", "Trustees" stay with _PEOPLE_GROUP, whose role is
# the group's name: "Voting Directors present:" -> "Voting Director", Canadian boards)
# The end of a seat's label: a colon or a titled name next, never the end of the line ("Ex-officio
# / Resource" over a column of staff is a heading of people in attendance, not of members:
# Ontario hospital boards)
_SEAT_LABEL_END = rf"(?:\s*:\s*|\s+(?=(?:{HONORIFIC})\s))"
_SEAT_NOUN = r"member|councill?ors?|trustee|director|governor|representatives?"
# A seat whose label is its members' role: held by appointment, co-option or office, not by
# election to the body ("Co-opted member present:" -> "Co-opted member"; "Community Councillors
# present:" names the members themselves)
_SEAT_ROLE = re.compile(r"^(?:co-?opted|appointed|nominated|ex[- ]officio|associate|independent|lay)\b", re.I)
STATUS = [
    (
        "apologies",
        re.compile(
            _MARK
            + r"(?:other\s+)?apolog(?:y|ies)\b(?:\s+for absence)?"
            # "Apologies had been received from Chris Rothero"
            + r"(?:\s+(?:(?:were|was|had been|have been)\s+)?received(?:\s+from)?)?"
            + _COUNT
            + r"\s*[:\-–]*\s*(.*)$",
            re.I,
        ),
    ),
    # a leave of absence granted before the meeting: away, though no apology was tendered ("Leave of
    # Absence   Cr Jarrod Pellegrini (granted at ...)": Western Australian shires' record of
    # attendance; "Excused: Trustee Ruiz": US boards)
    (
        "apologies",
        re.compile(_MARK + r"(?i:(?:approved\s+)?leave\s+of\s+absence|excused)" + _BARE_LABEL_END + r"(.*)$"),
    ),
    # away with an apology, as a label alone over its list: "ABSENT WITH APOLOGY" / "1. Mr Daniel
    # Rono - Director" (Kenyan and other East African state corporations' boards), "Absent with
    # leave:", "Absent with notice" (Caribbean and Pacific boards and councils)
    (
        "apologies",
        re.compile(
            _MARK
            + r"(?i:absent\s+with(?:\s+an?)?\s+(?:apolog(?:y|ies)|leave|notice|regrets?))"
            + _COUNT
            + _BARE_LABEL_END
            + r"(.*)$"
        ),
    ),
    # the chair named on a line of their own: "Cathaoirleach: Cllr. Séamus Ó Briain presided." (Irish
    # county and city councils), "In the Chair: Councillor Ann Bell" (English councils); the label
    # is the role
    (
        "present",
        re.compile(
            # ("Presiding: Connétable Philip Le Gresley": Jersey parish assemblies and other
            # bodies whose chair is named over the list of those present)
            r"^\s*(?P<label>(?i:cathaoirleach|leas-chathaoirleach|in\s+the\s+chair|presiding))\s*:\s*"
            r"(.*?)(?:\s+(?i:presided|presiding|in\s+the\s+chair))?\.?\s*$"
        ),
    ),
    # who came late or left early is at the meeting: "Late Arrivals: None", "Arrived late:
    # Trustee Ruiz", "Left early: Cllr Bell" (US councils' rolls, UK committees' notes)
    (
        "present",
        re.compile(
            _MARK + r"(?i:late\s+arrivals?|arrived\s+late|late|left\s+early|departed\s+early)\s*:\s*(.*)$"
        ),
    ),
    # a group's absent list as a column label alone, beside "Directors Present": "Directors Absent"
    # (US special districts' and boards' attendance columns; "Absent" alone may be a roll call's
    # status cell, so the group's word is needed)
    (
        "apologies",
        re.compile(
            _MARK
            + r"(?i:(?:board\s+)?(?:directors|members|trustees|commissioners|councill?ors|governors))\s+"
            # ... or "Board Members Excused" (US licensing boards' columns: away with leave)
            + r"(?i:absent|excused)\s*$()"
        ),
    ),
    # "ABSENT" in capitals alone on its line, a heading between "PRESENT" and "IN ATTENDANCE" over
    # its list (Mauritian district and municipal councils' and other Commonwealth bodies' minutes
    # head each list in capitals; "Absent" in lower case alone is a roll call's status cell)
    ("apologies", re.compile(_MARK + r"ABSENT\s*:?\s*$()")),
    # US minutes: "Absent: D", "Commissioners Absent: Shelley Young, Pat Bader", "Absent at roll
    # call: E" (US county boards)
    (
        "apologies",
        re.compile(
            _MARK
            + r"(?:[A-Z][a-z]+\s+)?(?i:absent)(?i:\s+at\s+(?:the\s+)?roll\s+call)?"
            + _COUNT
            + r"\s*:\s*(.*)$"
        ),
    ),
    # a group's regrets, with its colon: "Council Regrets: Councillor Wendy ...", "Board Regrets:"
    # (Ontario and other Canadian councils' and boards' header lists; "Regrets:" alone is read
    # through attendance_labels as "Apologies:")
    (
        "apologies",
        # (the body's or group's word only: a title before the label is a wrapped name's, "Councillor
        # Regrets: Karen ..." read off "Councillor Karen ..." over "Regrets: ...")
        re.compile(
            _MARK
            + r"(?i:(?:council|board|committee|commission|members|trustees|directors|governors)\s+regrets)"
            + r"\s*:\s*(.*)$"
        ),
    ),
    # ... or, without its colon, a label alone on its line over a column of names: "Directors Absent"
    # beside "Directors Present" and "Staff Present" (US water and special districts' rolls set as
    # columns); only the members' group names it (a roll's "Ochoa   Absent" is a member's status)
    (
        "apologies",
        re.compile(
            _MARK
            + r"(?i:(?:board\s+)?(?:directors|trustees|commissioners|members|council\s?members|councill?ors"
            + r"|supervisors|governors)\s+(?:absent|excused))\s*$()"
        ),
    ),
    # "Others Present:", "Staff Present:" -- people who are not members
    (
        "in_attendance",
        re.compile(
            _MARK
            # "Administrators present:" (US school boards' district staff)
            + r"(?i:others?|staff|guests?|also|administrators|administration)"
            # "Staff and Counsel Present" (US water and special districts' roll, in columns)
            + r"(?i:\s+(?:and|&)\s+(?:(?:legal|general|district)\s+)?(?:counsel|consultants?|guests?|others|advis[eo]rs?))?"
            + r"\s+(?i:present|attendees|attending)"
            + _COUNT
            # ... or alone on its line over the list: "STAFF PRESENT" under "REGRETS" (Ontario
            # conservation authorities' and municipal boards' header lists)
            + r"\s*(?::\s*|$)(.*)$"
        ),
    ),
    # people named by what they came as, "in attendance": "Witnesses in attendance:" (scrutiny
    # committees' NHS witnesses), "Advisers in attendance:", "Council officers in attendance:"
    # ... or alone on its line over a column of names: "Executives in attendance" (non-departmental
    # public bodies' and charities' boards list their executive so)
    (
        "in_attendance",
        re.compile(
            _MARK
            + r"[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+){0,2}(?i:in\s+attendance)"
            + _COUNT
            + r"\s*(?::\s*|$)(.*)$"
        ),
    ),
    # "Staff: Teresa Galván-Moore, General Manager; ..." (US special districts), "Staff   Mr Graham
    # Ellery-Cole   Chief Executive Officer" (a label | name | post table: Australian councils),
    # "Visitors"
    ("in_attendance", re.compile(_MARK + r"(?i:staff)" + _BARE_LABEL_END + r"(.*)$")),
    # "ADMINISTRATION: Lorne Pettigrew, Chief Administrative Officer", "OTHERS: Shawn Ridley, ..."
    # (Canadian municipal councils' and US boards' header lists: the staff and the others there);
    # with its colon only ("Others ..." opens a sentence)
    (
        "in_attendance",
        re.compile(_MARK + r"(?i:administration|others|also\s+attending|attending)\s*:\s*(.*)$"),
    ),
    # the one who took the minutes, a titled name after the label: "Minutes: Ms Kate Villiers
    # (Administrator)", "Minute taker: Mr J Bell" (charities' and companies' boards; see _SECOND_LABEL)
    (
        "in_attendance",
        re.compile(_MARK + rf"(?i:minutes|minute[- ]taker|note[- ]taker)\s*:\s*((?:{HONORIFIC})\s.*)$"),
    ),
    # "Visitors   Six members of the public", "Gallery: 4": the public, counted, not named
    ("in_attendance", re.compile(_MARK + r"(?i:visitors|gallery)\b\s*:?\s*(.*)$")),
    # "Guest: Meghan Sato, district counsel", "Guests: ..." (US boards' rolls; with its colon only,
    # "Guests were welcomed" opens a sentence)
    ("in_attendance", re.compile(_MARK + r"(?i:guests?)\s*:\s*(.*)$")),
    # "Members of the Public:" (parish minutes), "Secretariat:" (government panels): people at
    # the meeting who are not members; the label is their role
    (
        "in_attendance",
        re.compile(
            _MARK
            + r"(?P<label>(?i:members?\s+of\s+the\s+public|secretariat))"
            + _COUNT
            + r"\s*(?::\s*|$)(.*)$"
        ),
    ),
    (
        "in_attendance",
        re.compile(
            # "Officers in attendance: Chief Executive (Andrew Bland), ..." (English council minutes)
            # ... "Staff & Guests", "Officers and Advisers" over a column of its own beside the members
            # and regrets (Canadian health authorities' and boards' attendance columns)
            r"^\s*(?:also\s+)?(?:(?:staff|officers|officials)\s+(?:&|and)\s+(?:guests?|visitors|advis[eo]rs|counsel)"
            r"(?:\s+present)?|"
            r"in\s+attendance(?:\s+virtually|\s+remotely)?|also\s+present|"
            # "Special invitee: Shri K. V. Iyer, Finance Officer" (Indian universities' syndicates)
            r"special\s+invitees?|"
            r"officers(?:\s+in\s+attendance|\s+present)?|invited|"
            r"guests?|presenters?|officials(?:\s*\([^)]*\))?|observers?)\b\s*[:\-–]*\s*(.*)$",
            re.I,
        ),
    ),
    # a seat on the body, in two words or three, before "present" (one word, "Trustees present:", is
    # a group, below): "Community Councillors present:", "Co-opted member
    # present:" (Scottish community councils and parish councils list their members by seat) ...
    (
        "present",
        re.compile(
            _MARK
            + rf"(?P<seat>(?i:co-?opted|appointed|nominated)\s+(?i:members?)|(?:[A-Z][\w-]*\s+){{1,2}}(?i:{_SEAT_NOUN}))\s+(?i:present)\s*:\s*(.*)$"
        ),
    ),
    # ... or a seat that is no member's by election, as a label: "Ex-officio (Highland Council, Ward
    # 11):" (a ward councillor on a community council), "APPOINTED MEMBER Ms R Paewai (...)" (iwi
    # and rūnanga appointees on New Zealand council committees)
    (
        "present",
        re.compile(
            _MARK
            + r"(?P<seat>(?i:ex[- ]officio)(?:\s+(?i:members?))?|(?:CO-?OPTED|APPOINTED|NOMINATED)\s+MEMBERS?)"
            + r"(?:\s*\((?P<seat_org>[^()]*)\))?"
            + _SEAT_LABEL_END
            + r"(.*)$"
        ),
    ),
    (
        "present",
        re.compile(
            _MARK + r"(?:members\s+)?(?:present|attendees|attendance)\b" + _COUNT + r"\s*[:\-–]*\s*(.*)$",
            re.I,
        ),
    ),
    ("present", re.compile(r"^\s*(?:[A-Z][\w&]*\s+){0,5}(?i:members)(?:\s+present)?\s*:\s*()$")),
    # "Members   Cr Lorraine Baxter-Hale   Shire President (Presiding Member)": the label of a
    # label | name | post table with no colon, the first titled name beside it (Australian and
    # New Zealand councils' record of attendance)
    ("present", re.compile(_MARK + rf"(?:Elected\s+)?(?i:members)\s+(?=(?:{HONORIFIC})\s)(.*)$")),
    # "Board members present" as a heading line of its own over a name | role table (housing
    # association and charity board minutes under a header form)
    # ... or as the label of a form's row with the list beside it: "Cabinet Members present |
    # Councillors Gareth Pellow (Leader of the Council, in the Chair), ..." (English councils'
    # records of decisions set their header as a label | value form)
    ("present", re.compile(r"^\s*(?:[A-Z][\w&]*\s+){0,3}(?i:members\s+present)\b\s*:?\s*(.*)$")),
    # "Commissioners Present: ...", "Councilmembers Present: ...", "Panel: Professor Sir Nigel Shadbolt (Chairman), ..."
    # ... or alone on its line over a column of names, no colon: "Trustees present" beside "In
    # attendance" (charities' and hospices' minutes), "Governors present" (school governing bodies)
    (
        "present",
        # ... or the label in capitals: "DIRECTORS PRESENT:", "TRUSTEES PRESENT" (Indian companies'
        # and Kenyan state corporations' minutes set their labels in capitals)
        re.compile(
            _MARK + r"(?P<group>[A-Z][a-z]+|[A-Z]{4,})\s+(?i:present)" + _COUNT + r"\s*(?::\s*|$)(.*)$"
        ),
    ),
    ("present", re.compile(_MARK + r"(?:Panel|Board|Committee|Commission)(?: members)?\s*:\s*(\S.*)$")),
    # members by their vote, alone on a line over a column of names: "Voting members" beside
    # "Non-voting members" (NHS ICB committees). ("Non-Executive Members" beside "Executive
    # Members" under "Present:" is a group inside the list, see _PEOPLE_GROUP.)
    # Under an open "Present:" list the line is a group inside it, its role (see _blocks).
    ("present", re.compile(r"^\s*(?P<vote>(?i:(?:non-?\s?)?voting\s+members))\s*:?\s*()$")),
    # a group's name alone on a line over its column of names, "Commissioners" beside "Executive"
    # / "In attendance" (non-departmental public bodies' and charities' minutes printing the board
    # and the executive as two labelled columns)
    ("present", re.compile(r"^\s*(?P<group>Commissioners|Trustees|Governors)\s*:?\s*()$")),
    (
        "in_attendance",
        re.compile(
            r"^\s*(?i:executive(?:\s+(?:team|staff|officers))?(?:\s*(?:/|and|&)\s*in attendance)?)\s*:?\s*()$"
        ),
    ),
]
# The role a label names: "Members of the Public:" -> "Member of the public"
LABEL_ROLE = {"members of the public": "Member of the public", "member of the public": "Member of the public",
              "secretariat": "Secretariat", "cathaoirleach": "Cathaoirleach",
              "leas-chathaoirleach": "Leas-Chathaoirleach", "in the chair": "Chair"}  # fmt: skip
# The role a group label gives its people: "Commissioners Present:" -> "Commissioner"
# (the members of a US university's board of regents or visitors, a town's selectmen, a county's
# supervisors or freeholders, a state board's delegates: "Regents Present:", "Selectmen Present:")
_GROUP_ROLE = re.compile(
    r"^(Commissioner|Councilmember|Councillor|Trustee|Director|Governor|Member|Regent|Supervisor|"
    r"Alderm[ae]n|Alderperson|Selectm[ae]n|Selectperson|Freeholder|Legislator|Delegate|Visitor)s?$",
    re.I,
)
# The body itself before "Present:": "Council Present:" over the mayor and councilors (US city
# councils); its members' roles are their own titles
_BODY_GROUP = re.compile(r"^(?:Council|Board|Committee|Commission)$")
ORG_WORDS = {
    "CCG", "Council", "Corporation", "Borough", "Trust", "Healthwatch", "Alliance", "NHS", "Foundation",
    "University", "Hospital", "Hospitals", "Services", "Partnership", "Federation", "Confederation", "Police", "Ltd",
    "Office", "Department", "Ministry", "Agency", "Authority", "England", "Group", "Commission", "LLP",
    # consultancies and firms whose staff present an item ("Shawn Ridley, Prairie Crest Engineering")
    "Engineering", "Engineers", "Consulting", "Consultants", "Associates", "Architects", "Surveyors",
    # English councils abbreviated after a member's name ("Cllr Ann Doherty – Stourfield MBC":
    # combined authorities' and joint committees' members, each from a constituent council)
    "MBC", "LBC", "RBC", "CBC", "BC", "DC", "CC",
    # schools and colleges a head or principal comes from ("Amy Thornton, Headteacher, Nidd Valley
    # Primary" / "Academy (item 7 only)": English academy trusts' and US school boards' minutes)
    "Academy", "School", "College",
    # US firms by their legal form ("Greg Tollefson, Reid Middleton Inc.": special districts'
    # consultants and counsel in "Also present")
    "Inc", "LLC", "PLLC",
    # a staff or professional association a post belongs to ("Dr. Farid Haddad, President, Medical
    # Staff Association": Ontario hospitals' boards)
    "Association",
}  # fmt: skip
TITLE_WORDS = {
    "Director", "Manager", "Officer", "Executive", "Lead", "Chair", "Chairman", "Member", "Analyst",
    "Convenor", "Head", "CFO", "CEO", "Leader", "Clerk", "Secretary", "Representative", "Mayor", "Advisor",
    "Adviser", "Consultant", "Coordinator", "Treasurer", "Counsel", "Governor", "President",
    # officers of US and Canadian councils and boards ("Carla Mendes, City Attorney", "Town
    # Engineer", "Superintendent of Business") and UK ones ("Borough Solicitor")
    "Attorney", "Solicitor", "Engineer", "Auditor", "Planner", "Administrator", "Superintendent", "Registrar",
    "Comptroller", "Controller", "Recorder", "Assessor",
    # US state licensing boards' staff ("Brenna McAllister, Licensing" / "Specialist" wrapped in a
    # narrow column; "Compliance Investigator", "Legislative Liaison")
    "Specialist", "Investigator", "Liaison",
}  # fmt: skip
ROLE_WORDS = {
    "Director", "Manager", "Officer", "Executive", "Lead", "Chair", "Chairman", "Chairwoman", "Member",
    "Analyst", "Convenor", "Head", "CFO", "CEO", "Leader", "Clerk", "Secretary", "Governor", "Deputy",
    "Assistant", "Principal", "Senior", "Chief", "Cabinet", "Governing", "Managing", "Programme",
    "Integrated", "Integration", "Workstream", "Communications", "Interim", "Representative", "Mayor",
    "Advisor", "Adviser", "Consultant", "Coordinator", "Co-ordinator", "Treasurer", "Lay", "Board", "GP",
    "Planned", "Group", "Corporate", "Commissioning", "Acting", "Community", "Health", "Care", "Services",
    "Public", "Social", "Adult", "Adults", "Children", "Committee", "Council", "Borough", "Members",
    "Monitoring", "Substitute", "President", "Associate",
    # US county boards' members: "Wendell R. Tubb   Supervisor, District One", "Ann Cole
    # Commissioner, District 1" (a roll's rows: the name, then the office without a comma)
    "Supervisor", "Commissioner",
    # the clerk of English academy trusts' and schools' boards: "Kiran Bassi, Governance
    # Professional (clerk)" (the DfE governance handbook's name for the post)
    "Professional",
    # NHS Scotland boards' non-executive posts: "Gordon Pettigrew, Whistleblowing Champion"
    "Champion",
}  # fmt: skip
NON_NAME = {
    "Item", "Items", "Description", "Action", "Actions", "Agenda", "Minutes", "Apologies", "Present", "Name",
    "Attendees", "Welcome", "Introductions", "Date", "Time", "Venue", "Place", "Title", "Page", "Terms",
    "Reference", "Update", "Updates", "Report", "Summary", "Notes", "Declarations", "Interest", "Interests",
    # the parts of a document: "Part A – Minutes", "Section 2 – Finance" are headings, not a person
    # and a post
    "Part", "Section", "Annex", "Appendix", "Schedule",
    # the header of a minutes table under the lists: "Minute Ref | Item" (Welsh and English NHS
    # committees' minutes)
    "Minute", "Ref",
}  # fmt: skip
# Welsh "Gwen ap Dafydd"; Irish "Bríd Ní Mhurchú", "Pádraig Ó Súilleabháin", "Áine Nic Giolla" (Irish
# councils' minutes print members' names in Irish)
PARTICLES = {
    "von",
    "van",
    "de",
    "da",
    "del",
    "di",
    "le",
    "la",
    "du",
    "der",
    "den",
    # Dutch "ter", "ten"; Portuguese "dos"; Italian "della" (registers' member headings, session 14)
    "ter",
    "ten",
    "dos",
    "della",
    "bin",
    # Malay patronymics: "Nurul Ain binti Abdullah", "Kumaresan a/l Rajendran", "Sarasvathy a/p
    # Muthusamy" (Malaysian bodies' minutes), and the "son of" / "daughter of" of South Asian names
    "binti",
    "binte",
    "bte",
    "a/l",
    "a/p",
    "s/o",
    "d/o",
    "al",
    "ap",
    "Ap",
    "ab",
    "Ó",
    "Ní",
    "Nic",
    "Uí",
    "Ua",
    "Mac",
    "arap",
    # "Keisha-Ann St. Rose", "Clement St. Hill": the saint's "St." inside a surname (Caribbean and
    # other Commonwealth boards' members)
    "St.",
}  # fmt: skip  ("Kipchumba arap Rotich": Kalenjin names, Kenyan boards)
# The patronymic particle of Malay and Tamil names in Malaysia and Singapore ("son of", "daughter
# of"): the father's name after it belongs to the person's name ("Siti Hajar binti Yusof")
_PATRONYMIC = {"bin", "binti", "binte", "bte", "a/l", "a/p", "s/o", "d/o"}
# Letters of a name include accented ones: "Siân", "Seán", "Zoë", "Gráinne" (Welsh, Irish and
# Scottish Gaelic names in UK public bodies' minutes)
# ... and the macrons of te reo Māori names and Latin Extended-A letters ("Tāwhiri", "Pōtae",
# "Łukasz", "Dvořák": New Zealand councils' and others' members)
_UPPER = r"A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LETTER = r"a-zA-ZÀ-ÖØ-öø-ÿ\u0100-\u017f"
# ... and initials run together with their stops: "Cllr N.P. Zungu", "J.H. van Rensburg" (South
# African, Indian and other Commonwealth bodies' minutes)
_JOINED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# ... and "Mohd.", "Md.", the stopped short form of Muhammad ("Shri Mohd. Irfan Mulla": Indian,
# Malaysian and Bangladeshi bodies' minutes)
NAME_TOKEN = re.compile(
    rf"^(?:[{_UPPER}][{_LETTER}'’\-]+|[A-Z]\.?|(?:[A-Z]\.){{2,3}}|Mc[A-Z][a-z]+|O[’'][A-Z][a-z]+|(?:Mohd|Muhd|Md)\.)$"
)
# A street address under a meeting's heading is not a numbered minute: "600 Fourth Avenue" (US
# city halls), "12 Market Street", "45 Church Road", "100 N. Main St." (the venue's address,
# printed in full by US and Australian councils and some UK bodies)
STREET_ADDRESS = (
    r"(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}"
    # ("Way", "Place", "Court", "Square" left out: "6 The Way Forward", "9 Crown Court" are headings)
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Lane|Ln|Parkway|Pkwy|Highway|Hwy|Terrace|Crescent|Plaza)\b\.?(?:\s*,.*|\s+(?:[NSEW]|North|South|East|West)\b.*|\s*)$"
)
GROUP_LINE = re.compile(r"(:\s*$|^members of the public|\bmembers\s*:?\s*$|^\(?in the chair\)?$)", re.I)
STOP_BLOCK = re.compile(
    # a numbered minute ("3 Minutes", "07.18.01 Apologies") ends the attendance block, and so does
    # a lettered section in capitals ("C. PRESENTATIONS", "D. APPROVAL OF THE AGENDA": US city
    # councils' lettered order of business)
    rf"^\s*[A-Z]\.\s+[A-Z]{{3,}}(?:[\s&/,-]+[A-Z]{{2,}})*\s*$|"
    rf"^\s*(?:\d{{1,3}}(?:\.\d{{1,3}}){{0,3}}\.?\s+(?!(?i:{MONTHS})\b)(?!{STREET_ADDRESS})(?!(?i:[ap]\.?m)\b)[A-Z]|UNRESTRICTED ITEMS|[A-Z][a-z]+ and [A-Z][a-z]+$|welcome and introductions)"
    # ... and so does the header row of minutes set as a table: "Topic | Discussion | Action /
    # Follow-up", "Item | Discussion | Action" (US hospital districts', NHS committees' minutes)
    r"|^\s*(?:Topic|Item|Agenda\s+Item|Subject)\s+(?:Discussion|Summary|Notes)\b",
)


def strip_honorifics(name: str) -> str:
    name = HONORIFIC_RE.sub("", name.strip())
    name = POSTNOMINAL.sub("", name)
    return re.sub(r"\s+", " ", name).strip(" ,.;:-–")


# A post written as one hyphenated word: "Vice-President", "Co-Chair", "Vice-Chairman",
# "Pro-Vice-Chancellor" - a word no name is made of
_TITLE_COMPOUND = re.compile(
    r"(?:[A-Z][a-z]*-)*(?:Vice|Co|Pro|Deputy)-[A-Z][a-z]+|(?:[A-Z][a-z]*-)+(?:"
    + "|".join(sorted(TITLE_WORDS))
    + r")"
)


# A nickname between a first name and a surname: 'Robert "Bobby" Langford', "Margaret (Peg)
# Lindqvist" (US boards' and Australian councils' rolls print the name a member goes by so)
NICKNAME = re.compile(r"^(?:[\"“\ue000][A-Z][a-z]+[\"”\ue001]|\([A-Z][a-z]+\))$")


def _is_name(text: str, *, allow_single: bool = False) -> bool:
    titled = bool(HONORIFIC_RE.match(text))
    t = strip_honorifics(text)
    toks = t.split()
    if not toks or len(toks) > 5:
        return False
    if not allow_single and len(toks) < 2 and not HONORIFIC_RE.match(text):
        return False
    if _CONSTITUENCY.match(t):
        return False  # "Fifth District", "Ward 4": a seat, not a person
    for k, tok in enumerate(toks):
        if tok in PARTICLES or (0 < k < len(toks) - 1 and NICKNAME.match(tok)):
            continue
        if (
            not NAME_TOKEN.match(tok)
            or tok in NON_NAME
            or (not titled and (tok in ROLE_WORDS or tok in ORG_WORDS))
            or _TITLE_COMPOUND.fullmatch(tok)
        ):
            return False
    return True


def _leading_name(line: str) -> tuple[str, str] | None:
    """(name, rest) when the line starts with a person's name."""
    s = line.strip()
    hon = HONORIFIC_RE.match(s)
    body = s[hon.end() :] if hon else s
    toks = body.split()
    name: list[str] = []
    for k, tok in enumerate(toks):
        bare = tok.rstrip(",")
        if (bare in PARTICLES or (len(name) == 1 and NICKNAME.match(bare))) and name:
            name.append(bare)
            continue
        # "JJ Macnamara": two initials run together before a surname are not an acronym
        initials = (
            not name and len(bare) == 2 and k + 1 < len(toks) and bool(re.match(r"[A-Z][a-z]", toks[k + 1]))
        )
        # ... nor are stopped initials run together before one: "N.P. Zungu", "J.H. van Rensburg"
        initials = initials or (
            not name
            and _JOINED_INITIALS.fullmatch(bare) is not None
            and k + 1 < len(toks)
            and bool(re.match(r"[A-Z][a-z]", toks[k + 1]) or toks[k + 1] in PARTICLES)
        )
        acronym = bare.isupper() and len(bare.rstrip(".")) > 1 and not initials  # "D." is an initial
        if (
            not NAME_TOKEN.match(bare)
            or bare in ROLE_WORDS
            or bare in ORG_WORDS
            or bare in NON_NAME
            or acronym
        ):
            break
        name.append(bare)
        if tok.endswith(","):
            break
        # a first name and a surname; a third token only after an initial or a particle, which
        # may be capitalised ("John Van Dyke", "Tran Van Minh", "Marie Du Plessis")
        if (
            len(name) >= 2
            and not re.match(r"^(?:[A-Z]\.?|(?:[A-Z]\.){2,3})$", name[-1])
            and name[-1].lower() not in PARTICLES
        ):
            nxt = toks[k + 1] if k + 1 < len(toks) else ""
            if nxt in _PATRONYMIC or (
                len(name) >= 3 and name[-2] in _PATRONYMIC and NAME_TOKEN.match(nxt) and nxt not in NON_NAME
            ):
                # "Ahmad Zulkifli bin Mohd Nor": the father's name after bin / binti / a/l is the
                # name's, one or two words (see _PATRONYMIC)
                continue
            break
    if len(name) < (1 if hon else 2):
        return None
    rest = body.split(None, len(name))[len(name)] if len(toks) > len(name) else ""
    rest = rest.strip(" ,")
    if (
        re.fullmatch(r"[A-Z][a-z'’-]+", rest)
        and rest not in ROLE_WORDS | ORG_WORDS | TITLE_WORDS | NON_NAME
        and (
            re.fullmatch(r"[A-Z]\.?", name[0])
            or (hon and len(name) == 2 and not HONORIFIC_RE.match(rest + " "))
        )
    ):
        # "M Kerford Byrne": an initial and a two-word surname, nothing after it; "Dr. Beverly Ann
        # Kowalczyk", "Mrs Nia Wyn Harries": a titled name of three words, nothing after it
        return " ".join(name + [rest]), ""
    return " ".join(name), rest


def _split_role_org(rest: str, known_orgs: list[str]) -> tuple[str | None, str | None]:
    rest = re.sub(r"\s+", " ", rest).strip(" ,")
    rest = re.sub(rf"^(?:{POSTNOMINAL_WORDS})\b\s*", "", rest)
    rest = _HONOURS_AFTER_NAME.sub("", rest)
    rest = re.sub(r"\s*\(item \d+\)\s*$", "", rest, flags=re.I)
    if not rest:
        return None, None
    for org in known_orgs:
        if rest == org:
            return None, org
        if rest.endswith(" " + org):
            head = rest[: -len(org)].split()
            if " " not in org:
                # a one-word name learned from the list ("Office") may end a longer one ("Cabinet Office")
                while head and head[-1][:1].isupper() and head[-1] not in TITLE_WORDS | ROLE_WORDS:
                    org = f"{head.pop()} {org}"
            else:
                # ... and a longer one may end a body's full name after the post's comma: "Chief
                # Operating Officer, Brantwood Teaching Hospitals NHS Foundation Trust" with
                # "Foundation Trust" learned (NHS witnesses at scrutiny committees)
                head, org = _org_to_comma(head, org)
            return " ".join(head).strip(" ,–—-") or None, org
    toks = rest.split()
    idx = max((k for k, t in enumerate(toks) if t.strip(",()") in ORG_WORDS), default=None)
    if idx is None or idx == 0 and len(toks) == 1:
        return rest, None
    after = toks[idx + 1 :]
    if after and re.sub(r"\W+$", "", after[0]) in ROLE_WORDS | TITLE_WORDS:
        # "Severnmoor Combined Authority Chief Executive", "Ashbury City Council Leader; Portfolio:
        # Transport": the organisation, then the post (a name | organisation | role table's row
        # read as one line: English combined authorities' and joint boards' minutes)
        org_role = _split_role_org(" ".join(toks[: idx + 1]), known_orgs)
        return " ".join(after), org_role[1] or org_role[0]
    start = idx
    while start > 0:
        prev = toks[start - 1]
        bare = prev.strip(",()")
        if (
            prev.endswith((",", ":"))
            or bare in TITLE_WORDS
            or not (bare[:1].isupper() or bare in {"&", "of", "for", "and"})
        ):
            break
        start -= 1
    while start < idx and toks[start] in {"&", "of", "for", "and"}:
        start += 1
    # "Appointed Member – South Fenland District Council": the dash parts post and body
    role = " ".join(toks[:start]).strip(" ,–—-") or None
    org = " ".join(toks[start:]).strip(" ,") or None
    return role, org


def _org_to_comma(head: list[str], org: str) -> tuple[list[str], str]:
    """The words between the post's last comma and a learned organisation name, when they are
    all capitalised and name no post, are the start of the organisation's name."""
    cut = max((k for k, w in enumerate(head) if w.endswith(",")), default=None)
    if cut is None or org.split()[0] not in ORG_WORDS:
        # only a generic tail ("Foundation Trust", "NHS Trust") is the end of a longer name; a
        # full one ("London Borough of Hackney") stands alone
        return head, org
    lead = head[cut + 1 :]
    # the words must name a body themselves ("Brantwood Teaching Hospitals NHS"): "Group Director,
    # Finance and Corporate Resources" + "London Borough of Hackney" is a post's directorate
    if (
        lead
        and set(lead) & ORG_WORDS
        and all(
            # (a post's head noun, "Manager", "Officer", is a title word; "Health", "Community" are
            # words of posts and bodies alike)
            (w[:1].isupper() or w in {"&", "of", "and", "for", "the"}) and w not in TITLE_WORDS
            for w in lead
        )
    ):
        return head[: cut + 1], " ".join([*lead, org])
    return head, org


def _learn_orgs(lines: list[str]) -> list[str]:
    """Organisation names that end two or more (distinct) rows of an attendance table."""
    ends: Counter[str] = Counter()
    seen: set[str] = set()
    for ln in (x.strip() for x in lines):
        # a person listed twice (once per board of a meeting in common) counts once
        if ln in seen and _leading_name(ln):
            continue
        seen.add(ln)
        toks = ln.split()
        for k in range(1, min(len(toks), 8) + 1):
            words = toks[-k:]
            first = re.sub(r"['’]s$", "", words[0])
            after_comma = k < len(toks) and toks[-k - 1].endswith(",")
            org_like = any(t in ORG_WORDS for t in words)
            proper = all(t[:1].isupper() or t in {"&", "of", "and", "for", "the"} for t in words)
            if org_like and proper and first[:1].isupper() and first not in ROLE_WORDS and not after_comma:
                if not any("," in t for t in words):
                    ends[" ".join(words)] += 1
    orgs = [s for s, c in ends.items() if c >= 2]
    # keep the longest of nested suffixes that occur as often
    keep = [s for s in orgs if not any(o != s and o.endswith(" " + s) and ends[o] >= ends[s] for o in orgs)]
    return sorted(keep, key=len, reverse=True)


# A rank before the name in a "Name, Post" pair: "Chief Wade Harrigan, Cedar Bluff County EMS"
# (US county and city staff lists name fire, EMS and police chiefs so); moved after the name
_RANK_FIRST = re.compile(
    r"^(?P<rank>(?:Fire\s+|Police\s+)?Chief|Sheriff|Undersheriff|Marshal|Deputy(?:\s+Sheriff)?|"
    # ... or an elected official of another government, its place first: "Curry County
    # Commissioner Patricia Kwan-Miller", "Lane County Sheriff Tom Bell" (US special districts'
    # "Also present")
    r"(?:[A-Z][a-z]+\s+){1,2}(?:County|City|Town|State)\s+(?:Commissioner|Supervisor|Sheriff|Judge|Assessor|"
    r"Clerk|Treasurer|Councilmember|Councilor|Councillor|Administrator|Manager|Engineer|Representative|Senator))\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+)(?:,|\.?$)"
)


_PUBLIC_PAIR = re.compile(
    r"^(?:and\s+)?(?:\w+\s+)?members?\s+of\s+the\s+(?:public|press|media)\b[^;]*$", re.I
)


def _semicolon_pairs(text: str) -> list[str] | None:
    """ "Martin Delacroix, City Manager; Anita Sorensen, City Attorney; ...": people each with
    their post after a comma, the pairs parted by semicolons (US city council minutes' "Staff
    present:"), split at the semicolons only."""
    if text.count(";") < 1:
        return None
    pairs = [re.sub(r"^and\s+", "", x.strip()) for x in split_outside_brackets(text, ";") if x.strip()]
    pairs = [_RANK_FIRST.sub(r"\g<name>, \g<rank>,", x).rstrip(",") for x in pairs]
    # "...; seven members of the public.": the public counted as the last pair, no one named (US
    # special districts' "Also present"; see _PUBLIC_COUNT)
    pairs = [x for x in pairs if not _PUBLIC_PAIR.match(x)]
    # a bracketed note may follow the post ("Ms Hazel Murdoch, Corporate Governance Officer
    # (minutes); ...": NHS Scotland boards' "In attendance"), but the comma is outside it; a pair
    # may be a name and a bracketed note alone ("...; Gary Pettibone (District 2); ...": US county
    # commissions) and the last one follows "and" ("...; and Lesley Boyd, Committee Officer.":
    # Scottish council minutes)
    if len(pairs) < 2 or not any("," in re.sub(r"\([^()]*\)", "", x) for x in pairs):
        return None
    if not all(_leading_name(re.split(r"[,(]", HONORIFIC_RE.sub("", x))[0]) for x in pairs):
        return None
    for x in pairs:
        after = _split_list(x.split(",", 1)[1]) if "," in x else []
        if len(after) >= 2 and all(_person_from_piece(a) for a in after):
            return None  # "Councillors A B, C D, ... and E F": a list of names in a pair, not a post
    return pairs


def _split_list(text: str) -> list[str]:
    """Split "A (x, y and z), B, C and D" at top-level commas and "and"s."""
    pairs = _semicolon_pairs(text)
    if pairs:
        return pairs
    parts, depth, cur = [], 0, ""
    k = 0
    and_next = re.compile(r"\s+and\s+(?=(?:" + HONORIFIC + r"\s+)?[A-Z])")
    while k < len(text):
        ch = text[k]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if depth == 0:
            if ch in ",;":
                parts.append(cur)
                cur = ""
                k += 1
                continue
            m = and_next.match(text, k)
            if m:
                parts.append(cur)
                cur = ""
                k = m.end()
                continue
        cur += ch
        k += 1
    parts.append(cur)
    merged: list[str] = []
    for p in (x.strip() for x in parts):
        if not p:
            continue
        if merged and re.fullmatch(rf"(?:{POSTNOMINAL_WORDS})\.?", p):
            continue
        prev = merged[-1] if merged else ""
        if (
            re.search(r"\b(?:of|for)\s+[A-Z][\w'’-]*$", prev)
            and "(" not in prev
            and not _leading_name(prev)
            and not HONORIFIC_RE.match(prev)
            and f"{prev} and {p}" in text
        ):
            # "Director of Legal and Democratic Services (Nasreen Kazi)": a post's name joined by
            # "and", not two people
            merged[-1] = f"{prev} and {p}"
            continue
        if (
            re.fullmatch(r"[A-Z][a-z]+", prev)
            and f"{prev} and {p}" in text
            and _post_then_name(p)
            and _post_then_name(f"{prev} and {p}")
        ):
            # "Strategy and Policy Manager (Rebecca Doull)": one word of a post before "and", in a
            # list of "Post (Name)" pieces (New Zealand and English councils' officers)
            merged[-1] = f"{prev} and {p}"
            continue
        merged.append(p)
    return merged


# Words that make a bracketed note a role ("(Chairman)", "(Clerk & RFO)", "(minutes)",
# "(Visiting Professor, ...)"); any other bracketed note after a name is an organisation
# ("(DCLG)", "(Openlylocal.com)", "(Sunderland CC)"), as government panels, parish councils
# and NHS boards print them.
ROLE_NOTE = re.compile(
    r"\b(?:chair\w*|vice|clerk|rfo|secretar\w*|treasurer|minut\w*|notes?|members?|officers?|"
    r"directors?|manager|lead|leader|head|executive|portfolio|ceo|cfo|coo|cio|dpo|professor|advis[eo]r|observer|guest|"
    r"substitute|deputy|mayor|councillor|representative|champion|governor|trustee|convenor|president|"
    r"acting|interim|item|items|presenting|presenter|speaker|spokes\w*|analyst|consultant|counsel|"
    r"co-?ordinator|administrator|officials?|convener|"
    # the firm a body's estate is run by ("Managing Agent": Singaporean town councils)
    r"agent|"
    # a university's officers (senates' and academic boards' minutes)
    r"dean|provost|registrar|librarian|bursar|chancellor|principal|"
    # a hospital's clinical posts ("Chief Nurse", "Chief Pharmacist", "Lead Midwife": NHS boards'
    # and committees' attendance tables)
    r"nurse|midwife|pharmacist|matron|physician|surgeon|clinician)\b",
    re.I,
)


def _is_initials(note: str, name: str) -> bool:
    """ "(KD)" after Katy Draper: the person's initials, not an organisation ("(LGA)")."""
    # ... "HCR" after Helen Carmody-Reid, "JO'D" after Joanne O'Dowd: a double-barrelled or
    # apostrophed surname gives a capital for each of its parts (NHS committees' initials columns)
    if not re.fullmatch(r"[A-Z](?:[A-Za-z]|['’](?=[A-Z])){0,4}", note):
        return False
    caps = "".join(filter(str.isupper, note))  # "JTe", "BMc": the capitals are the initials
    words = [w for w in strip_honorifics(name).split() if w[:1].isupper()]
    if not words:
        return False
    last = re.findall(r"(?:^|[-'’])([A-Z])", words[-1])
    return caps[0] == words[0][0] and caps[-1] in {words[-1][0], *last[-1:]}


_TRAILING_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*$")


def _without_initials(role: str | None, name: str) -> str | None:
    """ "Chief Executive (CH)" for Claire Hennessy: the initials the minutes go on to use are not
    part of the post (charities' and NHS minutes print them after the post)."""
    m = _TRAILING_BRACKET.search(role or "")
    if role and m and m.start() > 0 and _is_initials(m.group(1), name) and m.group(1).isupper():
        return role[: m.start()]
    return role


def _paren_role_org(note: str) -> tuple[str | None, str | None]:
    """A bracketed note after a name as (role, organisation): "Head of Assets, Locality" ->
    both, split at the last comma; "CEO ShEx" -> a role acronym and an organisation."""
    note = note.strip(" ,")
    if _CONSTITUENCY.match(note):
        return note, None  # "(District 3)": the seat, part of the member's role
    # "(Clerk - BMc)", "(Chair – NO)": the role with the person's initials after a dash
    # (a dash with a space beside it: the hyphen of "Non-executive director" joins one word)
    halves = re.fullmatch(r"(.+?)(?:\s+[-–]\s*|\s*[-–]\s+)(.+)", note)
    if halves:
        for role, other in (halves.groups(), halves.groups()[::-1]):
            if (
                ROLE_NOTE.search(role)
                and re.fullmatch(r"[A-Z][A-Za-z]{1,3}", other)
                and not ROLE_NOTE.fullmatch(other)
            ):
                note = role  # "NR - RFO" too
                break
    if not note:
        return None, None
    if "," in note:
        left, _, right = note.rpartition(",")
        left, right = left.strip(" ,"), right.strip()
        # "Head of Assets, Locality"; but "Corporate Director Children, Young People and Education"
        # is one title whose list runs on after the comma
        listed = " and " in right and not set(right.split()) & ORG_WORDS
        # (an organisation is a name: "for Decision 2025/45" after the post is what they came for)
        # ("Director (Government Nominee, Finance Department)": a comma inside the post's bracket
        # parts no organisation from it)
        bracketed = left.count("(") > left.count(")")
        if (
            right[:1].isupper()
            and not ROLE_NOTE.search(right)
            and ROLE_NOTE.search(left)
            and not listed
            and not bracketed
        ):
            return left, right
        if (
            right[:1].isupper()
            and ROLE_NOTE.search(right)
            and not ROLE_NOTE.search(left)
            and set(left.split()) & ORG_WORDS
            and not bracketed
        ):
            # "Riverside Estate Management Pte Ltd, Managing Agent": the body, then the post it
            # holds (Singaporean town councils' managing agents' staff)
            return right, left
    m = re.fullmatch(r"([A-Z]{2,4})\s+([A-Z][\w&.’'-]*(?:\s+[\w&.’'-]+)*)", note)
    if m and ROLE_NOTE.fullmatch(m.group(1)) and not ROLE_NOTE.search(m.group(2)):
        return m.group(1), m.group(2)
    words = set(re.findall(r"[\w&]+", note))
    # "(Local Authority member)": a post, though it names a kind of organisation
    titled = {w.capitalize() for w in words} & TITLE_WORDS
    if ROLE_NOTE.search(note) and not (words & ORG_WORDS and not titled and "," not in note):
        return note, None
    if note[:1].islower() and not re.fullmatch(r"[a-z][\w-]*\.(?:com|org|net|co\.uk|org\.uk)", note):
        return note, None  # "(via video)", "(from 10.30)": a remark, kept as the role
    return None, note


def _couple(piece: str) -> list[str]:
    """ "David & Joanna Carlisle", "Mr & Mrs D Blunt (part of the meeting)": two people who
    share a surname, as parish minutes list them."""
    m = re.fullmatch(r"\s*(Mr|Mrs|Ms|Miss|Dr)\.?\s*(?:&|and)\s*(Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z].*)", piece)
    if m:
        return [f"{m.group(1)} {m.group(3)}", f"{m.group(2)} {m.group(3)}"]
    m = re.fullmatch(r"\s*([A-Z][a-z]{2,})\s+(?:&|and)\s+([A-Z][a-z]{2,})\s+([A-Z][\w'’-]+)\s*", piece)
    if not m or m.group(3) in ORG_WORDS | ROLE_WORDS | NON_NAME:
        return [piece]
    return [f"{m.group(1)} {m.group(3)}", f"{m.group(2)} {m.group(3)}"]


def _share_group_org(text: str, people: list[tuple[str, str | None, str | None]]) -> None:
    """ "Shehla Husain, Steve Peters and Anthony Karabinas (DCLG)": one organisation after a
    list joined by "and" belongs to everyone in it when no one else has a note of their own."""
    if len(people) < 2 or not re.search(r"\band\s+[^,()]*\(([^()]*)\)\s*\.?\s*$", text):
        return
    *rest, last = people
    if last[2] and last[1] is None and all(r is None and o is None for _, r, o in rest):
        for k, (n, _, _) in enumerate(rest):
            people[k] = (n, None, last[2])


# A peer named by title and territory: "Baroness Thornbury of Ellesmere", "Lord Smith of Finsbury"
_PEER = re.compile(
    r"(?:Baroness|Baron|Lord|Lady|Viscount(?:ess)?|Earl|Countess)\s+[A-Z][\w'’-]+(?:\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
)


# A post with its holder's name in brackets: "Chief Executive (Andrew Bland)", "The Mayor
# (Councillor Margaret Ashworth) in the Chair", "the Deputy Mayor (Councillor Kevin Lumb)" (English
# council minutes name officers and civic offices so)
_POST_THEN_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?P<post>[A-Z][^()]*?)\s*\((?P<name>[^()]+)\)\s*(?P<tail>[^()]*)"
)
# Initials in brackets after a surname, telling two members of one surname apart: "Hussain (M.)"
_BRACKET_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,3}")


_FIRE_RANK = re.compile(r"(?:Area|Group|Station|Watch|Crew)\s+Manager\s+")


def _post_then_name(piece: str) -> tuple[str, str | None, str | None] | None:
    """The holder and the post of a "Post (Name)" piece (see _POST_THEN_NAME), or None."""
    m = _POST_THEN_NAME.fullmatch(piece)
    if not m:
        return None
    lab = _POST_LABEL.match(piece)
    if lab and _leading_name(piece[lab.end() :]):
        return None  # "Chair: Doug Van Kessel (Norfolk County)": a labelled post, the name after it
    post, held_by, tail = m.group("post").strip(" ,"), m.group("name").strip(), m.group("tail").strip(" ,.")
    hon = HONORIFIC_RE.match(post)
    # a fire rank before a name is the holder's, but "Group Manager Corporate Services" is a post
    # whose words are no one's name (New Zealand and English councils' officer lists)
    post_not_rank = (
        hon is not None and _FIRE_RANK.fullmatch(hon.group(0)) is not None and not _is_name(post[hon.end() :])
    )
    if (hon is not None and not post_not_rank) or (hon is None and _leading_name(post)):
        return None
    if not ROLE_NOTE.search(post):
        return None
    if not _is_name(held_by, allow_single=bool(HONORIFIC_RE.match(held_by))) or len(held_by.split()) < 2:
        return None
    if tail and not re.fullmatch(r"in the chair", tail, re.I):
        return None
    return strip_honorifics(held_by), f"{post}, {tail}" if tail else post, None


# A post in one column and its holder, with a personal style, in the next, set as one line:
# "General Manager   Mr Craig Pemberton", "Governance Coordinator (Minute Taker)   Mrs Deb
# Kowalczyk" (Australian councils' "In Attendance" tables of post | name); only the common
# personal styles, which no post holds
_POST_THEN_STYLED = re.compile(
    r"^(?P<post>[A-Z][^,;]*?[a-z)])\s+(?P<name>(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][^,;()]*?)\.?$"
)


def _post_then_styled_name(piece: str) -> tuple[str, str | None, str | None] | None:
    """(name, post, None) of a "Post Mr Name" row (see _POST_THEN_STYLED), or None."""
    m = _POST_THEN_STYLED.match(piece)
    if not m or HONORIFIC_RE.match(piece) or not ROLE_NOTE.search(m.group("post")):
        return None
    name = strip_honorifics(m.group("name"))
    if not 2 <= len(name.split()) <= 5 or not _is_name(name) or _leading_name(m.group("post")):
        return None
    return name, m.group("post"), None


# A councillor's title, and the bracket after a councillor's name that names their portfolio:
# "Councillor Barry Stennet (Communities and Public Protection)", "Desmond Ferrier (Highways and
# Transport)" under "Councillors" (English county and district cabinets) - words, no
# organisation's word and no acronym ("(Sunderland CC)" is the councillor's council)
_COUNCILLOR = re.compile(r"^\s*(?:Councillors?|Cllrs?|Clrs?)\b")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")


def _portfolio(role: str | None, org: str | None) -> tuple[str | None, str | None]:
    """(role, organisation) with a councillor's portfolio moved from organisation to role."""
    if role is None and org and len(org.split()) >= 2 and re.search(r"[a-z]", org):
        words = set(re.findall(r"[\w&]+", org))
        if not words & ORG_WORDS and not _ACRONYM.search(org) and not re.search(r"\d|\.\w", org):
            return org, None
    return role, org


# A bracket at the end naming a firm by its legal form: "General Counsel (Bramwell & Ochoa LLP)"
# (US districts' counsel from a law firm), "Internal Auditor (Mazars LLP)", "(TIAA Ltd)" (English
# councils' and colleges' auditors) - an organisation, not part of the post before it
_FIRM_BRACKET = re.compile(r"\s*\(([^()]*\b(?:LLP|Ltd|Limited|LLC|PLLC|Inc|plc|PLC|P\.C)\.?)\)\s*$")


_RETIRED = re.compile(r"\s*\((?:Ret|Retd|Retired)\.?\)\s*")


# "... (ward member) and six members of the public": the public counted after the last person of
# a list (English town and parish councils' "In attendance" lines; "and one member of the
# media" in New Zealand councils' "Also present"), not a person nor prose
_PUBLIC_COUNT = re.compile(r"\s+and\s+(?:\w+\s+)?members?\s+of\s+the\s+(?:public|press|media)\b.*$", re.I)


# A nickname in brackets after the first name, before the surname: "Cr Margaret (Peg) Lindqvist"
# (a bracket after one name word and before the last: not a note, which follows the whole name)
# (the surname ends the piece, or a note or a post follows it: "Cr William (Bill) Ferris
# Councillor" in a name | post row)
_MID_NICKNAME = re.compile(
    rf"^((?:(?:{HONORIFIC})\s+)*[A-Z][a-z'’-]+)\s+\(([A-Z][a-z]+)\)(?=\s+[A-Z][\w'’-]+(?:\s*[,(]|\s*$|\s+(\S+)))"
)
# the nickname's brackets, hidden from the notes' reading and given back in the name
_NICK_OPEN, _NICK_CLOSE = "\ue000", "\ue001"


# a member's own post in a name | post row: "Cr Tahnee Walker   Councillor (leave granted ...)"
# (Australian and New Zealand councils' record of attendance; US "Councilor")
_MEMBER_POSTS = {"Councillor", "Councilor", "Alderman", "Alderwoman", "Alderperson", "Commissioner"}


# "Harold J. Whitcomb Jr.": the suffix keeps its full stop (US boards' rolls)
_SUFFIX_DOT = re.compile(r"\b(Jr|Sr)\.")


def _person_from_piece(piece: str) -> tuple[str, str | None, str | None] | None:
    p = _person_from_piece_text(piece)
    if p and _SUFFIX_DOT.search(piece) and re.search(r"\b(?:Jr|Sr)$", p[0]):
        p = (p[0] + ".", p[1], p[2])
    return p


# A member list's chair and vice-chair labelled before their names: "Chair: Doug Van Kessel (Norfolk
# County)", "Vice-Chair: ...", "Deputy Mayor: ..." (Ontario conservation authorities' and other
# Canadian, Australian and Caribbean boards' minutes head their member lists so): the label is the
# member's post, the rest a list entry of its own
_POST_LABEL = re.compile(
    r"^(?P<post>(?i:(?:(?:vice|deputy|acting|interim)[- ]?)?(?:chair(?:man|woman|person)?|mayor|reeve|warden|"
    r"president|convenor|convener)))\s*:\s+(?=[A-Z])"
)


def _person_from_piece_text(piece: str) -> tuple[str, str | None, str | None] | None:
    """Parse "Mr R W Gough (Chairman)" into ("R W Gough", "Chairman", None)."""
    piece = re.sub(r"\s+", " ", piece).strip(" .")
    lab = _POST_LABEL.match(piece)
    if lab:
        inner = _person_from_piece_text(piece[lab.end() :])
        if inner is not None:
            name, role, org = inner
            post = lab.group("post")
            return name, f"{post}, {role}" if role else post, org
    nick = _MID_NICKNAME.match(piece)
    if (
        nick
        and nick.group(2) not in ROLE_WORDS | TITLE_WORDS | ORG_WORDS
        and not ROLE_NOTE.search(nick.group(2))
        and (nick.group(3) is None or nick.group(3) in ROLE_WORDS | TITLE_WORDS | _MEMBER_POSTS)
    ):
        piece = f"{nick.group(1)} {_NICK_OPEN}{nick.group(2)}{_NICK_CLOSE}{piece[nick.end() :]}"
    piece = _RETIRED.sub(" ", piece).strip()  # "Col. (Ret.) Dwayne Harkness": part of the rank
    held = _post_then_name(piece) or _post_then_styled_name(piece)
    if held:
        return held
    # "Philippa Drax (Engagement Lead, Whitcombe Audit LLP) for minute CFA/24/36 only": the part
    # of the meeting attended, after the note
    piece = re.sub(r"\)\s+(?:for|from|until|during)\s+(?:minutes?|items?)\b[^()]*$", ")", piece, flags=re.I)
    piece = re.sub(
        r"\s+as substitute for .*$|\s*\(substitute for .*$|\s*\(due to [^)]*\)", "", piece, flags=re.I
    )
    # "Councillor Ann Bellweather (Calderwick County Council) – substitute Councillor Gareth Pryce",
    # "... (Brayford City Council) – no substitute nominated": a remark after the note, in lower
    # case after a dash (English fire and police authorities' apologies with substitutes)
    piece = re.sub(r"(\))\s+[–—-]\s+[a-z][^()]*$", r"\1", piece)
    # "... (ward member) and six members of the public": the public counted after the last person
    piece = _PUBLIC_COUNT.sub("", piece)
    role = org = None
    tier = TIER_TITLE.match(piece)
    if tier and tier.group("plural"):
        piece = "Cllr " + piece[tier.end() :]
    elif tier:
        role = tier.group(1)
        piece = "Cllr " + piece[tier.end() :]  # the title stays, so a surname alone is a name
    elif own := _ORG_BEFORE_TITLE.match(piece):
        org, piece = own.group(1), piece[own.end() :]
    # the tier is the role only when no post is printed in a bracket after the name: "County
    # Councillor Janet Lowther (Cabinet Member for Adult Social Care)" holds that post (English
    # county councils' own members), "District Cllr Blackwell" visits a parish as a district member
    tier_only = bool(tier and not tier.group("plural"))
    # "Katy Draper (KD)[acting Chair]": a role in square brackets
    piece = re.sub(r"\[([^\[\]]*)\]", r" (\1)", piece)
    head, comma, post = piece.partition(",")
    firm = _FIRM_BRACKET.search(piece)
    if comma and firm and "(" not in head:
        # "Owen Fitzwilliam, General Counsel (Bramwell & Ochoa LLP)": the firm the adviser comes from
        piece, org = piece[: firm.start()].rstrip(), firm.group(1)
        head, comma, post = piece.partition(",")
    if comma and "(" in post and "(" not in head and not post.strip().startswith("("):
        # "Fiona Halliday, Executive Director (Education and Children's Services)": the bracket
        # qualifies the post after the comma, and stays with it (Scottish and English council
        # minutes' officer lists)
        parens = []
        name = piece.strip()
    elif (hon := HONORIFIC_RE.match(piece)) and "(" in hon.group(0):
        # "Dr. (Mrs.) Ngozi C. Eze": a second style in brackets is the title's, not a note
        name, parens = _outer_brackets(piece[hon.end() :])
        name = hon.group(0) + name
    else:
        name, parens = _outer_brackets(piece)
    # "Nick Oakhill (NO) CHAIR", "Cathy Fleet (CF) CLERK": a role in capitals after the name
    caps = re.search(r"\s+([A-Z][A-Z-]{2,}(?:\s+[A-Z][A-Z-]{2,})?)$", name)
    if (
        caps
        and ROLE_NOTE.fullmatch(caps.group(1).split()[-1])
        and len(name[: caps.start()].split()) >= 2
        # "Dr. Natalie Fortin, President & CEO": the capitals end a post after the comma
        and "," not in name[: caps.start()]
    ):
        name = name[: caps.start()]
        parens.append(caps.group(1).capitalize())
    initials = next((p.strip() for p in parens if _BRACKET_INITIALS.fullmatch(p.strip())), None)
    for p in parens:
        p = p.strip()
        if p == initials:
            continue  # kept with the name, below
        if _is_initials(p, name) or re.fullmatch(
            # "(by telephone, joined at 10:20 a.m.)": how, and when, a US board member joined
            # ("by Zoom", "by video": US special districts' rolls)
            r"phoning in|by (?:tele)?phone(?:,.*)?|(?:via|by) (?:phone|video|teams|zoom|webex)|(?:online|remotely)|(?:ms )?teams|zoom",
            p,
            re.I,
        ):
            continue  # the person's initials, or how they joined
        if re.search(r"\b(chair|in the chair)\b", p, re.I) and role:
            role = p if tier_only else f"{role}; {p}"
            tier_only = False
            continue
        # "(Chair KD)": the role with the person's initials after it
        tail = re.fullmatch(r"(.+?)\s+([A-Z][A-Za-z]{0,3})", p)
        if tail and _is_initials(tail.group(2), name) and ROLE_NOTE.search(tail.group(1)):
            p = tail.group(1).rstrip(" -–")
        r, o = _paren_role_org(p)
        if o and org is None:
            org = o
        if r and (role is None or (tier_only and r[:1].isupper())):
            role = r
            tier_only = False
    if "," in name:
        first, _, more = name.partition(",")
        name = first
        # "Anil Varghese, CPA (Treasurer)", "Lisa Van der Berg, RN, Chief Nursing Executive": the
        # letters of a profession after the name, not the post (Canadian and US boards)
        # (an acronym at the end is the body: "Chief Executive, OPCC")
        segs = [x.strip() for x in more.split(",") if x.strip()]
        while len(segs) > 1 and _CREDENTIAL.fullmatch(segs[0]):
            segs.pop(0)
        if len(segs) == 1 and segs[0].rstrip(".") in PROFESSIONAL_LETTERS:
            segs = []
        if segs and all(_POSTNOMINAL_ONLY.fullmatch(x.rstrip(".")) for x in segs):
            segs = []  # "Alhaji Ibrahim Sule, mni", "Barr. Ada Obi, SAN, FCIArb": honours, no post
        words = set(re.findall(r"[\w&]+", segs[-1])) if segs else set()
        r2 = o2 = None
        if len(segs) == 2 and _post_of_department(segs[0], segs[1]):
            r2 = ", ".join(segs)  # "Head, Nursing Services": a post and its department, no body
        elif len(segs) >= 2 and words & ORG_WORDS:
            r2, o2 = ", ".join(segs[:-1]), segs[-1]
        elif len(segs) == 1 and words & ORG_WORDS and not words & TITLE_WORDS:
            o2 = segs[0]
        elif segs:
            r2 = ", ".join(segs)
        if r2 and role:
            role = f"{r2} ({role})"
        else:
            role = role or r2
        org = org or o2
    hon = HONORIFIC_RE.match(name)
    lead = _leading_name(name) if hon and len(strip_honorifics(name).split()) >= 3 else None
    if (
        lead
        and lead[1]
        and (
            any(w.strip(",") in ROLE_WORDS | TITLE_WORDS for w in lead[1].split())
            or lead[1].split()[0] in _MEMBER_POSTS
        )
    ):
        # "Ms Harriet Langstone Non-Executive Director (Chair)": a name and a role in columns set
        # as one line (NHS committee minutes' attendance tables); the title let role words in
        name = name[: hon.end()] + lead[0]
        role = f"{lead[1]} ({role})" if role else lead[1]
    if _COUNCILLOR.match(piece):
        role, org = _portfolio(role, org)
    if _PEER.fullmatch(name):
        return name, role, org  # "Baroness Thornbury of Ellesmere": a peer's title is the name
    if not _is_name(name, allow_single=bool(HONORIFIC_RE.match(name)) or bool(parens)):
        return None
    name = strip_honorifics(name).replace(_NICK_OPEN, "(").replace(_NICK_CLOSE, ")")
    # (a name may open with an accented capital: "Étienne Lacasse", "Óscar Ruiz", "Łukasz Nowak")
    if not name or not _CAPITAL_START.match(name) or len(name.split()) > 5:
        return None
    if initials:
        name = f"{name} ({initials})"
    if role and org is None and "," in role:
        a, _, b = role.rpartition(",")
        if any(w in ORG_WORDS for w in b.split()) and not _post_of_department(a, b):
            role, org = a.strip(), b.strip()
    return name, role, org


def _post_of_department(post: str, after: str) -> bool:
    """ "Head" + "Nursing Services": a one-word post and its department (see _LONE_POSTS)."""
    words = after.split()
    return post.strip() in _LONE_POSTS and bool(words) and words[-1] in _DEPARTMENT_ENDS


# Letters after a name set off by a comma: "Lisa Van der Berg, RN, ...", "Anil Varghese, CPA"
_CREDENTIAL = re.compile(r"[A-Z]{2,5}|(?:[A-Z]\.){2,4}")
# ... which, alone after the name, are the person's profession, not a post: "Siobhan O'Connell,
# CPA", "Tomasz Wójcik, P.Eng.", "Angela Doxtator, RN" in a Name | Position | Attendance table
# (Canadian and US boards print the designation after the name and the post in its own column).
# Named here, not any capitals: "Jane Roe, OPCC" names the body she comes from.
PROFESSIONAL_LETTERS = frozenset(
    {
        "CPA",
        "CA",
        "CMA",
        "CGA",
        "RN",
        "RPN",
        "NP",
        "MD",
        "P.Eng",
        "P. Eng",
        "FRCPC",
        "FRCSC",
        "CCFP",
        "ICD.D",
        "MBA",
        "LLB",
        "LL.B",
        "PhD",
        "Ph.D",
        "Esq",
        "CFA",
        "CHRL",
        "CPHR",
        "MSW",
        "RSW",
        "BScN",
        "MHSc",
    }
)
_CAPITAL_START = re.compile(rf"^[{_UPPER}]")


def _names_post(piece: str) -> bool:
    """Whether a piece of a list names a post, a seat or a body, not a person: "Vice Chair",
    "Supervisor", "County Counsel", "Second District (arrived 9:14 a.m.)", "Vice-President
    (Clinical Standards)", "RN". A person's name has the shape of a name; a post holds a word
    of office, a seat its kind."""
    head = POSTNOMINAL.sub("", _outer_brackets(piece)[0]).strip(" .")
    if not head or HONORIFIC_RE.match(head):
        return False
    if _CONSTITUENCY.match(head) or _GROUP_ROLE.match(head) or _CREDENTIAL.fullmatch(head):
        return True
    words = {part for w in head.split() for part in w.strip(",()").split("-")}
    if words & ORG_WORDS:
        return True  # "Prairie Crest Engineering": the body they come from
    return bool(words & (ROLE_WORDS | TITLE_WORDS)) or (bool(ROLE_NOTE.search(head)) and not _is_name(head))


def _one_person_row(text: str) -> bool:
    """ "Maria Elena Castañeda-Ruiz, Supervisor, First District", "Dr Lucy Fenwick, Vice-President
    (Clinical Standards)": a name, then its posts and seat after commas -- one person, not a
    list whose pieces are people (US county boards' and city councils' rolls, UK councils' and
    colleges' lists set one member a line)."""
    if ";" in text or re.search(rf"(?:,|\band|&|(?:{HONORIFIC}))\s*$", text):
        return False  # pairs parted by semicolons, or a list wrapped onto the next line
    pieces = _split_list(text)
    if len(pieces) < 2:
        return False
    first = POSTNOMINAL.sub("", pieces[0]).strip()
    if "(" in first or not _is_name(first):
        return False
    return all(_names_post(x) for x in pieces[1:])


def _outer_brackets(piece: str) -> tuple[str, list[str]]:
    """`piece` without its outermost bracketed notes, and the notes (each with any bracket nested
    in it): "Professor Tobias Lindqvist (Pro-Vice-Chancellor (Research and Innovation))" ->
    the name and "Pro-Vice-Chancellor (Research and Innovation)" (UK university senates name posts
    with a bracketed portfolio: "Vice-President (Education)", "Dean (Research)"). A bracket left
    open is kept in the text, as before."""
    out, notes, depth, note = "", [], 0, ""
    for ch in piece:
        if ch == "(":
            depth += 1
            if depth == 1:
                note = ""
                continue
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                notes.append(note)
                out = out.rstrip()
                continue
        if depth:
            note += ch
        else:
            out += ch
    if depth:
        out += "(" + note  # unbalanced: the open note stays in the text
    return re.sub(r"\s+", " ", out).strip(), notes


def _post_tail(text: str) -> bool:
    """A post's last word ends the text: "General Counsel", "Operations Superintendent"."""
    words = text.split()
    return bool(words) and words[-1].strip(",.") in TITLE_WORDS


def _dash_line(line: str) -> list[tuple[str, str | None, str | None]] | None:
    """Parse "Director of Public Health, Hartlepool Borough Council – Craig Blundred"."""
    m = re.match(r"^(.*?)\s+[–-]\s+(.+)$", line)
    if not m:
        return None
    left, right = m.group(1).strip(), m.group(2).strip()
    if HONORIFIC_RE.match(left):
        return None  # "Ms Gwendolyn Rees Public – Harbury North": a person, then a constituency
    plural = bool(re.match(r"^Councillors\s", right))
    right = re.sub(r"^Councillors\s+", "", right)
    right = re.sub(r"\s+as substitute for .*$", "", right)
    if _post_tail(right) and not _post_tail(left) and _is_name(left):
        # "Anthony Russo – General Counsel", "Carlos Ybarra – Operations Superintendent": a name,
        # then a post that reads as a name too; the post's last word says which side is which
        # (US special districts' and councils' staff lists)
        return None
    people = []
    for piece in _split_list(right):
        if piece.lower() in {"vacancy", "vacant"}:
            continue
        if not _is_name(piece, allow_single=plural or bool(HONORIFIC_RE.match(piece))):
            return None
        people.append(strip_honorifics(piece))
    if not people:
        return None
    rep = re.match(r"^(Representatives?|Members?|Observers?|Nominees?) of (?:the )?(.+)$", left)
    if rep:
        role, org = rep.group(1), rep.group(2)
    elif "," in left:
        a, _, b = left.rpartition(",")
        role, org = a.strip(), b.strip()
    else:
        role, org = _split_role_org(left, [])
        if role is None and org is None:
            role = left
    return [(p, role, org) for p in people]


# A group of members named over or before its people inside an attendance list: "Independent
# Members: Bethan Llewellyn-Rhys (Chair), ..." / "Executive Directors: ..." (Welsh and English NHS
# boards), "Non-Executive Members" over a column of names (NHS Scotland boards); the group, made
# singular, is the role of those listed with no role of their own. ("Councillors" is a plural
# title, read by PLURAL_TITLE.)
# The group may be written in sentence case: "Ex officio members: Professor ...", "Elected members:
# Dr ...", "Student members: Mr ..." (UK university senates and academic boards), "Co-opted
# members:", "Lay members:" (committees)
_PEOPLE_GROUP = re.compile(
    r"^(?P<group>(?:(?:[A-Z][\w-]*|of|the)\s+){0,3}(?:Members|Directors|Governors|Trustees)"
    # ... or the seat a board gives its students, one or more: "Student Board Member: Aaliyah
    # Brooks (non-voting)" under "Board Members Present:" (US school boards), "Youth Representatives:"
    r"|(?:Student|Youth)\s+(?:[A-Z][\w-]*\s+)?(?:Member|Trustee|Representative|Director|Governor|Regent)s?(?=\s*:)"
    r"|[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+){0,2}members(?=\s*:)"
    # ... or one member of a kind, labelled so before their name: "Co-opted Member: Mr Tariq
    # Hussain (Healthwatch ...)" (English scrutiny committees' co-optees), "Independent Member:"
    r"|(?:Co-opted|Independent|Lay|Associate|Parent|Staff|Foundation|Appointed|Elected)\s+(?:Member|Governor|Trustee)(?=\s*:)"
    # ... or alone on its line, naming the body: "Elected members of Council", "Lay members",
    # "Appointed members of the Board" (royal colleges' and professional bodies' councils set their
    # members under such sub-headings, one a line)
    r"|[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+){0,2}members(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*)?(?=\s*$))"
    r"\s*(?::\s*(?P<rest>\S.*))?$"
)
# A student's or youth seat's label: "Student Trustee:", "Student Board Member:", "Youth Representative:"
_STUDENT_SEAT = re.compile(
    r"^(?:Student|Youth)\s+(?:[A-Z][\w-]*\s+)?(?:Member|Trustee|Representative|Director|Governor|Regent)s?\s*:"
)
# A group heading reads like a name when its first word is no role word: "Staff Governors",
# "Appointed Governors" (NHS foundation trusts' councils of governors); no name ends in a plural
_PLURAL_GROUP_END = re.compile(r"\b(?:Members|Directors|Governors|Trustees)$")
# A line that wraps a post whose next word is "Executive" ("Mr Graeme Ovenstone, Chief" /
# "Executive"): the next line is not the "Executive" group label
_WRAPPED_BEFORE_EXECUTIVE = re.compile(r"\b(?:Chief|Non-?|Deputy Chief)$")


def _seat_role(seat: str) -> str | None:
    """ "Co-opted members" -> "Co-opted member", "EX-OFFICIO" -> "Ex-officio"; None for an elected
    seat ("Community Councillors"), see _SEAT_ROLE."""
    seat = re.sub(r"\s+", " ", seat.strip())
    if not _SEAT_ROLE.match(seat):
        return None
    one = re.sub(r"(?i)(member|councill?or|trustee|director|governor|representative)s$", r"\1", seat)
    return one[:1].upper() + one[1:].lower()


def _group_role(group: str) -> str:
    """ "Independent Members" -> "Independent Member", "Elected members of Council" -> "Elected
    member of Council"."""
    one = re.sub(r"(?i)\b(member|director|governor|trustee)s\b(?=\s+of\b)", r"\1", group.strip(), count=1)
    return re.sub(r"s$", "", one)


# ... or the paragraph of a charity's or company's minutes that runs its labels on: "... and Mr
# James Fenwick-Lowe. In attendance: Mrs L Batty (Chief Officer). Minutes: Ms K Villiers
# (Administrator). Apologies were received from ..."
_SECOND_LABEL = re.compile(
    # ("... Kayla Brightwater, Executive Assistant. Guest: Meghan Sato, district counsel": US
    # special districts' staff line runs its guests on)
    # ("... and Bonnie Sue Lindqvist (by Zoom). Commissioners absent: Ray Tolliver (excused).": a
    # group's absent list run on after its present list, US special districts' roll paragraphs)
    r"[;.]\s+((?:[A-Z][a-z]+\s+)?(?:Absent|Excused|Apologies|Also present|Staff present|In attendance|Guests?)\s*:"
    r"|(?:Commissioners|Directors|Trustees|Members|Councill?ors|Councilmembers|Supervisors|Governors)\s+"
    r"(?:absent|excused)\s*:"
    rf"|(?:Minutes|Minute[- ]taker|Note[- ]taker|Clerk)\s*:(?=\s*(?:{HONORIFIC})\s))"
)
_LIST_MARK = re.compile(r"^[o●•▪\uf0b7\uf0a7]\s+")


class _Block:
    def __init__(self, status: str):
        self.status = status
        self.role: str | None = None  # given by a group label ("Commissioners Present:")
        self.lines: list[Line] = []
        self.inline = False  # content began on the label's line (comma list)
        # "● Sumeet": bulleted first names alone under "1 Apologies" (society minutes)
        self.first_names: list[tuple[str, int]] = []
        # given by an organisation cell beside the list ("Brayford City Council | Councillor A,
        # Councillor B"): the body its people represent
        self.org: str | None = None
        self.numbered = 0  # the last number of a numbered roll ("1. Eng. Peter Mutai - Chairperson")
        # the numbers the lists above this one's label used, when the roll numbers on through its
        # labels (see _numbered_person)
        self.carried = 0
        self.post_lines = 0  # lines still open to a numbered entry's post (see NUMBERED_POST_LINES)
        # a student's seat labelled after the absent list: present unless marked (see _STUDENT_SEAT)
        self.student_seat = False


# A run-in list ("Guests: Eli and Ruth" / "Hershberger (landowners, Walnut Township).") ends with
# its sentence's full stop; a short sentence on the next line ("A quorum was declared present.",
# "The Pledge of Allegiance was recited.": US districts' and boards' minutes) is no one's row,
# and neither is the heading after it. A sentence has this many words in lower case at least
# (a row of the list has none: "Cllr B Smith (Vice-Chair)")
SENTENCE_LOWER_WORDS = 2
_LIST_SENTENCE_END = re.compile(r"(?<=[a-z)])\.\s*$")


def _after_run_in_sentence(cur: _Block, t: str) -> bool:
    """A line after a run-in list whose sentence has ended: a sentence of its own (see
    SENTENCE_LOWER_WORDS)."""
    if not (cur.inline and cur.lines and _LIST_SENTENCE_END.search(cur.lines[-1].text)):
        return False
    return sum(1 for w in t.split() if w[:1].islower()) >= SENTENCE_LOWER_WORDS and t[:1].isupper()


def _is_prose(t: str) -> bool:
    """A sentence of running text rather than a row of an attendance list."""
    if HONORIFIC_RE.match(t):
        return False
    t = _PUBLIC_COUNT.sub("", t)
    lower = sum(1 for w in t.split() if w[:1].islower())
    return lower >= 6 and not re.search(r"\(\s*$", t)


# A list's last person cut off at the line's end: "Minutes: Ms Kate" (a title and one word), an
# open bracket, a trailing comma or "and"
_CUT_PERSON = re.compile(rf"(?:^|[,;:]|\band)\s*(?:{HONORIFIC})\s+[A-Z][\w'’-]*\s*$|(?:,|\band|&)\s*$")


def _runs_on(t: str, nxt: str) -> bool:
    """The last label's list goes on to the next line of a run-on paragraph: it stops mid-person
    ("Minutes: Ms Kate" / "Villiers (Administrator). ..."), or the next line opens with the
    person's bracketed post ("In attendance: Mrs L Batty" / "(Chief Officer) and ...")."""
    if t.rstrip().endswith((".", ";", ":")):
        return False
    return nxt.lstrip().startswith("(") or t.count("(") > t.count(")") or bool(_CUT_PERSON.search(t))


_END_STOP = re.compile(r"(?<=[a-z])\.\s*$")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z)])\.\s+(?=[A-Z][a-z]+\s+[a-z])")


def _split_labels(lines: list[Line]) -> list[Line]:
    """ "Present: ... Adams, Brown; Absent: Evans": the second label starts a line of its own."""
    out: list[Line] = []
    carry = ""
    for k, ln in enumerate(lines):
        t = carry + ln.text
        carried, carry = bool(carry), ""
        m = _SECOND_LABEL.search(t)
        if not m and not carried:
            out.append(ln)
            continue
        while m:
            out.append(Line(ln.page, t[: m.start()]))
            t = t[m.start(1) :]
            m = _SECOND_LABEL.search(t, 1)
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if nxt is not None and nxt.page == ln.page and _runs_on(t, nxt.text):
            # the last label's list wraps onto the next line: "Minutes: Ms Kate" / "Villiers
            # (Administrator). Apologies ...", read on with it
            carry = t.rstrip() + " "
            continue
        # "(Administrator). Apologies were received from ...": a sentence after the last list is
        # a line of its own
        brk = _SENTENCE_BREAK.search(t)
        if brk:
            out.append(Line(ln.page, t[: brk.start()]))
            t = t[brk.end() :]
        # "... from Cllr Rachel Tomkins-Hale.": the sentence's full stop is not the name's
        out.append(Line(ln.page, _END_STOP.sub("", t)))
    return out


def _lists_people(t: str) -> bool:
    """ "Lucas (L), Harry Wake (HW)": the short last line of a wrapped "Present: A, B, ..." list,
    which the layout layer may take for a heading (society and committee minutes)."""
    return "," in t and any(_person_from_piece(x) for x in _split_list(t))


# The header row of a list's table: "Name | Constituency / Organisation | Notes", and with a serial
# number's column before the name: "No. | Name | Designation", "S/No. | Name | Title", "Sl. No. |
# Name of Director | Position" (Kenyan and other East African state corporations', Indian boards'
# numbered rolls set as ruled tables under each status label); "S/N | Name | Designation", "SN |
# Name | Designation" (Nigerian and Ghanaian boards' and councils' ruled attendance tables)
_LIST_TABLE_HEADER = re.compile(
    r"^(?:(?:S\s*/\s*No|S\s*/\s*N|SN|Sl\.?\s*No|S\.\s*No|S\.\s*N|Sr\.?\s*No|No|Ser)\.?\s+|#\s+)?names?\s+\S",
    re.I,
)


def _ends_list(heading: str) -> bool:
    """A heading line (larger, or short bold/capitals) that is not part of an attendance list:
    not a name, not a group of people ("Hartlepool Borough Council", "Officers")."""
    if _LIST_TABLE_HEADER.match(heading):
        return False  # "Name | Constituency / Organisation | Notes": the header of the list's table
    words = {w.strip(",():") for w in heading.split()}
    return not (
        _leading_name(heading)
        or _is_name(heading, allow_single=True)
        or GROUP_LINE.search(heading)
        or words & (ORG_WORDS | ROLE_WORDS | TITLE_WORDS)
        or _is_group_heading(heading)
    )


# The numbered opening items of US city council and county board minutes, under which the roll
# is recorded ("1. CALL TO ORDER", "2. ROLL CALL", "Pledge of Allegiance" comes after): they do not
# end the heading's attendance search the way a numbered minute does
# ... and the opening items other bodies number before the record of who attended, alone or
# joined by "and", "&", "/" or commas: "1. CALL TO ORDER AND PLEDGE OF ALLEGIANCE" (US special
# districts), "1. DECLARATION OF OPENING / ANNOUNCEMENT OF VISITORS" then "2. RECORD OF ATTENDANCE
# / APOLOGIES / LEAVE OF ABSENCE" (Western Australian shires), "1. Acknowledgement of Country"
# (Australian councils). An item opening with "Apologies" is a label, read as one.
_OPENING_PHRASE = (
    r"call\s+to\s+order|roll\s+call|(?:record\s+of\s+)?attendance|opening(?:\s+of\s+(?:the\s+)?meeting)?|"
    r"declaration\s+of\s+opening|announcements?\s+of\s+visitors|pledge\s+of\s+allegiance|invocation|"
    r"acknowledge?ments?\s+of\s+(?:country|(?:the\s+)?traditional\s+(?:owners|custodians))|"
    r"land\s+acknowledge?ment|"
    # "1. OPENING, PRAYER AND WELCOME" then "2. ATTENDANCE REGISTER" (South African municipal
    # councils), "1. Preliminaries and Opening Prayer" (Kenyan boards), "1. Welcome and
    # Introductions" (UK committees) before the record of attendance
    r"(?:opening\s+)?prayers?|welcome|introductions?|preliminaries|(?:attendance\s+)?register(?:\s+of\s+attendance)?"
    # "1. Karakia and welcome", "1. Karakia timatanga / Opening prayer", "1. Mihi whakatau" (New
    # Zealand school boards', councils' and trusts' minutes open with the te reo Māori prayer or
    # greeting before the record of attendance)
    r"|(?:opening\s+)?karakia(?:\s+t[iī]matanga)?|mihi(?:\s+whakatau)?|whakatau"
    # "1. Call to Order and Establishment of a Quorum", "Determination of Quorum", "Roll Call and
    # Quorum" (US school boards' and special districts' opening items)
    r"|(?:(?:establishment|determination|declaration|confirmation)\s+(?:of\s+)?(?:a\s+)?)?quorum(?:\s+call)?"
)
_OPENING_JOIN = r"\s*(?:/|&|,|\band\b)\s*"
# ... numbered "2." or "2.0" (US school boards and special districts number items "1.0 CALL TO
# ORDER", "2.0 ROLL CALL"), or a sub-item "2.1 Attendance" (Western Australian shires' "2. RECORD
# OF ATTENDANCE / APOLOGIES / APPROVED LEAVE OF ABSENCE" parted into 2.1, 2.2, 2.3)
_OPENING_ITEM = re.compile(
    rf"^\s*(?:\d{{1,2}}(?:\.\d{{1,2}})?\.?|[A-Z]\.)\s+(?i:(?:{_OPENING_PHRASE})"
    rf"(?:{_OPENING_JOIN}(?:{_OPENING_PHRASE}|apolog(?:y|ies)|(?:approved\s+)?leave\s+of\s+absence|disclaimer))*)"
    r"(?:\s*[:.]?\s*$|\.\s+(?P<runin>\S.*)$)"
)
# ... the heading ends in a full stop, and may run into its first sentence: "1. CALL TO ORDER.
# President Alvarez called the meeting to order at 6:31 p.m." then "2. ROLL CALL." over the
# "Members present:" lines (US school boards' and county boards' minutes). The sentence is
# skipped unless it opens with a status label ("2. ROLL CALL. Present: ...").


# "Apologies for absence were received from ...": a sentence, read by _apology_sentence_people
_APOLOGY_SENTENCE = re.compile(
    r"^\s*apologies\b(?:\s+for absence)?\s+(?:were|was|had been|have been)\s+received", re.I
)


# what makes the rest of "Apologies were received ..." a sentence rather than a list: a verb
# going on ("and accepted from"), or a second "from" ("A and from the Chief Constable, B")
_SENTENCE_REST = re.compile(r"^[a-z]|\bfrom\b")
# ... or its list ending on the next line, where a new sentence starts: "Apologies for absence were
# received from County Councillors A" / "and B. County Councillor C attended as substitute for"
# (English county councils' minutes tell substitutes in prose after the apologies)
_SENTENCE_AFTER_LIST = re.compile(r"^and\s.*[a-z]\.\s+[A-Z][^.;]*\s[a-z]{3,}\b")


def _bare_label_status(text: str) -> str | None:
    """The status of a label alone, nothing after it: "Present", "In attendance:", "Apologies"."""
    for status, pat in STATUS:
        m = pat.match(text)
        if m and not (m.groups()[-1] or "").strip():
            return status
    return None


def _is_bare_label(text: str) -> bool:
    return _bare_label_status(text) is not None


# a label wrapped in its column runs to two lines of three words at most ("ABSENT WITH" /
# "APOLOGIES", "IN" / "ATTENDANCE")
WRAPPED_LABEL_WORDS = 3
_FIRST_WORD = re.compile(r"^([A-Za-z]+)\b\s*(.*)$")
_HEAD_LABEL = re.compile(r"^([A-Za-z]+(?:\s+[A-Za-z]+)?\s*:)\s*(.*)$")


def _join_wrapped_labels(lines: list[Line]) -> list[Line]:
    """A label wrapped in a narrow label column: "ALSO" / "PRESENT:" (English police, fire and
    council committees' minutes), "Others" / "Present:", "Staff" / "Attending:" -- each word on a
    line of its own, or beside the first names of the list. The two words are joined when
    together they are a label of another status than the second word alone ("Members" /
    "Present:" stays one present list)."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        if (
            k + 2 < len(lines)
            and lines[k + 2].text.lstrip().startswith(":")
            and ":" not in lines[k].text + lines[k + 1].text
            and len(lines[k].text.split()) <= WRAPPED_LABEL_WORDS
            and len(lines[k + 1].text.split()) <= WRAPPED_LABEL_WORDS
            and _is_bare_label(joined_text := f"{lines[k].text.strip()} {lines[k + 1].text.strip()}")
        ):
            # "ABSENT WITH" / "APOLOGIES" / ": Mr Tay Kok Wah ...", "IN" / "ATTENDANCE" / ": ...": a
            # label wrapped in a narrow label column, its colon set before the list's first row
            # (label | name | post forms of Singaporean and Malaysian town councils and boards)
            out.append(Line(lines[k].page, joined_text))
            k += 2
            continue
        first = _FIRST_WORD.match(lines[k].text.strip())
        second = _HEAD_LABEL.match(lines[k + 1].text.strip()) if k + 1 < len(lines) else None
        # (the first line's rest in capitals is a heading's wrap, no list: "... 3RD FLOOR," /
        # "ADMINISTRATION BUILDING, COUVA" / "PRESENT:" under a Caribbean authority's title)
        if first and second and not _is_bare_label(first.group(1)) and not first.group(2).isupper():
            joined = _bare_label_status(f"{first.group(1)} {second.group(1)}")
            if joined and joined != _bare_label_status(second.group(1)):
                out.append(
                    Line(lines[k].page, f"{first.group(1)} {second.group(1)} {first.group(2)}".strip())
                )
                if second.group(2):
                    out.append(Line(lines[k + 1].page, second.group(2), layout=lines[k + 1].layout))
                k += 2
                continue
        out.append(lines[k])
        k += 1
    return out


_NAME_COMMA_POST = re.compile(r"^[^,()]{3,60},\s+[A-Z]")
_TWO_WORD_HEADING = re.compile(r"^[A-Z][a-z]+ and [A-Z][a-z]+$")


def _wrapped_between_entries(prev: str, t: str, after: list[str]) -> bool:
    """ "Bernadette Quigley, Chief Nurse and Director of Infection" / "Prevention and Control" /
    "Owen ap Rhys, Chief Operating Officer": a post wrapped in a narrow column of "Name, post"
    rows (NHS trust boards' two-column Present / In attendance blocks) whose tail reads like an
    "X and Y" heading; it sits between two such rows, where a heading would be followed by prose."""
    if not _TWO_WORD_HEADING.match(t) or not after:
        return False
    return all(
        _NAME_COMMA_POST.match(s.strip()) and _leading_name(s.strip().split(",", 1)[0] + ",")
        for s in (prev, after[0])
    )


# A minute item's number before a label that opens a list: "1 Apologies received from", "2.3
# Approved Leave of Absence", or a roll label alone or before its colon ("1 PRESENT", "1. In
# attendance:"); "4 Attendance at meetings" (a report's heading) keeps its number
_NUMBERED_LABEL = re.compile(
    r"^\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+(?=apolog|(?:approved\s+)?leave\s+of\s+absence|"
    r"(?:(?:members|also|others?|staff)\s+)?(?:present|attendees|(?:in\s+)?attendance)\s*(?::|$))",
    re.I,
)


# A numbered roll under its label: "PRESENT" / "1. Eng. Peter Mutai, OGW - Chairperson" / "2. Ms.
# Grace Odhiambo - Director", "DIRECTORS PRESENT:" / "1.  Shri Anil Deshmukh  Chairman" (Kenyan and
# other East African state corporations', Indian companies' and statutory bodies' minutes number
# their people, each status label restarting at 1). A numbered line is otherwise a minute item
# that ends the list (STOP_BLOCK); it is a person when its number follows the list's last one
# and a person's name opens it (the first with a title, or straight under the label).
# ... or the bare serial number of a ruled "S.No. | Name | Designation | Position" table's own cell,
# flattened into the line before a titled name: "1 Shri Anurag Shrivastava, IAS Collector, Baghelkund
# Chairperson", "2 Dr. R. K. Singhal ..." (Indian district and state bodies' minutes print the roll
# so; a bare number before a title opens no minute item)
_NUMBERED_ENTRY = re.compile(rf"^\s*(\d{{1,2}})(?:[.)]\s+|\s+(?=(?:{HONORIFIC})\s))(\S.*)$")
# An entry of a contents list printed before the record of attendance: "1  Opening of Meeting  2",
# "6.1  Mayoral Minute – Support for ...  2" (New South Wales councils' minutes open with the
# "Order of Business" and its page numbers); a numbered line ending in a page number is no minute
# item that ends the lists, which come later
_CONTENTS_HEAD = re.compile(
    r"^(?i:order\s+of\s+business|(?:table\s+of\s+)?contents|index\s+of\s+items)\s*:?$"
)
_CONTENTS_ENTRY = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+[A-Z].*\S\s+\d{1,3}$")
# the serial number's own cell of a "Sl. No. | Name | Designation" table row
_SERIAL_CELL = re.compile(r"^\s*\d{1,2}[.)]?\s*$")
# ... or the number at the start of the name's cell, set too close to part them
_SERIAL_LEAD = re.compile(r"^\s*\d{1,2}[.)]\s+")
# how far (points) a wrapped line of a post may start from its cell's left edge: table cells share
# one left edge; 3 pt absorbs the reader's rounding of glyph positions
WRAPPED_CELL_SLACK = 3.0


# A numbered roll with each member's designation on the lines under the name: "1. Prof. (Dr.)
# Vasant D. Kulkarni" / "Vice-Chancellor – Chairperson", "2. Puan Siti Hajar binti Yusof" /
# "Setiausaha Lembaga / Board Secretary" (Indian universities' syndicates, Malaysian and East
# African statutory boards): the unnumbered lines up to the next number are the entry's post, read
# as "Name – post". A post runs to two lines at most (the longest seen: a nominee's post and the
# body they stand for, wrapped once); a third line is no longer the post.
NUMBERED_POST_LINES = 2


# a service's or post-nominal's letters after the name in its cell: "Shri Anurag Shrivastava, IAS"
# (Indian civil servants sign with their service: IAS, IPS, IFS)
_POST_NOMINAL_TAIL = re.compile(r"(?:,\s*[A-Z]{2,6})+\s*$")


def _cells_entry(ln: Line, rest: str) -> str | None:
    """A numbered roll's row set in cells, "1 Shri A, IAS | Collector, Baghelkund | Chairperson", as
    "Shri A, IAS – Collector, Baghelkund; Chairperson": the name's cell, then its designation and
    position cells as the post (Indian bodies' "S.No. | Name | Designation | Position in <body>"
    tables; a comma inside a cell would otherwise part the row into more people). None when the
    line has no cells beyond the name's, or they do not make up the line."""
    cells = [c.text.strip() for c in ln.layout.cells()] if ln.layout is not None else []
    if len(cells) < 3:
        return None
    first = _NUMBERED_ENTRY.match(cells[0])
    if not first or _ns(first.group(2) + "".join(cells[1:])) != _ns(rest):
        return None
    name = _POST_NOMINAL_TAIL.sub("", first.group(2))
    return f"{name} ({'; '.join(cells[1:])})"


def _numbered_person(cur: _Block, number: int, rest: str) -> bool:
    # each label's list restarting at 1, or one roll numbered on through its labels: "8 Smt. Sunita
    # Verma ... Member" / "Special Invitees" / "9 Shri Vikas Saxena ... Invitee" (Indian bodies'
    # "S.No. | Name | Designation | Position" tables, the invitees' rows under their own caption)
    if number not in (cur.numbered + 1, cur.carried + cur.numbered + 1):
        return False
    if HONORIFIC_RE.match(rest):
        return True
    return (cur.numbered > 0 or not cur.lines) and _leading_name(rest) is not None


# A party or other body named in full with its acronym, alone on a line inside a list: "African
# National Congress (ANC)", "Inkatha Freedom Party (IFP)", "Scottish National Party (SNP)" over
# the councillors who sit for it (South African municipal councils group their councillors by
# party; so do some UK and Irish councils' rolls). The acronym must be the initials of the
# name's capitalised words (so "Mr John Smith (JS)", a person and their initials, has an
# honorific or reads as a name and is left alone)
# (the name carries a word parties and groups take, so a person with their initials, "David Allen
# (DA)", is not one; "Freedom Front Plus (FF Plus)": the acronym's capitals among the initials)
_ACRONYM_GROUP = re.compile(
    r"^(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|and|for|&)){1,6})\s*"
    r"\((?P<acr>[A-Z]{2,6}(?:\s[A-Z][a-z]+)?)\)$"
)
_ACRONYM_SMALL_WORDS = {"of", "the", "and", "for", "&"}
_PARTY_WORDS = {"Party", "Congress", "Alliance", "Front", "Fighters", "Movement", "Democrats", "Union",
                "League", "Coalition", "Federation", "Convention", "Independents", "Group"}  # fmt: skip


def _acronym_group(t: str) -> str | None:
    if "(" not in t:
        return None
    m = _ACRONYM_GROUP.match(t.strip())
    if not m or HONORIFIC_RE.match(t):
        return None
    words = m.group("name").split()
    if not _PARTY_WORDS.intersection(words):
        return None
    initials = "".join(w[0] for w in words if w not in _ACRONYM_SMALL_WORDS).upper()
    letters = iter(initials)
    acr = m.group("acr").replace(" ", "")
    if acr[0] != initials[0] or not all(ch in letters for ch in acr.upper() if ch.isupper()):
        return None  # (the acronym's capitals, in order, among the name's initials)
    return t.strip()


# A roll call read one member a line, the member's status in a cell of its own at the right:
# "Mayor Katherine D. Lindqvist      Present", "Councilmember Lupe Castaneda      Absent", "Member
# Lorraine DeWitt      Absent" (US city councils' and school boards' minutes under "ROLL CALL");
# "Present (via Zoom)": the note after the status is dropped
_ROLL_STATUS_CELL = re.compile(
    r"^(?P<status>present|absent|excused|apologies|not\s+present|remote|virtual)\b(?:\s*\([^()]*\))?\.?$",
    re.I,
)
# the most words an office before a roll call's name runs to ("Mayor Pro Tem", "Student Board
# Member Representative"); the name's own end may be a generational suffix
ROLL_OFFICE_WORDS = 4
_ROLL_NAME_END = re.compile(r"(?:,?\s*(?:Jr|Sr)\.?|,?\s*I{2,3}|IV)?")
_ROLL_STATUS = {
    "absent": "apologies",
    "excused": "apologies",
    "apologies": "apologies",
    "not present": "apologies",
}


def _roll_row(ln: Line) -> tuple[str, str, str | None] | None:
    """(name, status, office) of a roll call line set as person | status cells, else None."""
    if ln.layout is None or len(ln.layout.spans) < 2:
        return None
    text = ln.text.rstrip()
    last = text.rsplit(None, 1)[-1].lower()
    if (
        last.strip("().") not in {"present", "absent", "excused", "apologies", "remote", "virtual"}
        and ")" not in last
    ):
        return None  # (the cheap test first: the line ends in a status word or a note)
    # two cells, person and status, even at a table's narrow column gap (a "Name | Party | Status"
    # table is the status table's to read, see _status_table)
    cells = ln.layout.cells(CELL_GAP_SIZES)
    if len(cells) != 2:
        return None
    m = _ROLL_STATUS_CELL.match(cells[-1].text.strip())
    if not m:
        return None
    person = " ".join(c.text.strip() for c in cells[:-1])
    if _is_prose(person):
        return None
    word = re.sub(r"\s+", " ", m.group("status").lower())
    status = _ROLL_STATUS.get(word, "present")
    # the office before the name, whatever its words ("Selectperson", "Vice Chair", "Clerk Dr.
    # Sandra Whitfield", "Police Chief"): the shortest run of leading words after which the rest
    # is wholly a name, set as the name's note
    toks = person.split()
    for k in range(min(len(toks) - 1, ROLL_OFFICE_WORDS + 1)):
        lead = _leading_name(" ".join(toks[k:]))
        if lead is None or not _ROLL_NAME_END.fullmatch(lead[1]):
            continue
        office = " ".join(toks[:k])
        if office and not all(w[:1].isupper() or w in _ACRONYM_SMALL_WORDS for w in toks[:k]):
            return None
        if lead[1]:
            return person, status, None  # (a suffix after the name: the row reader keeps it)
        return " ".join(toks[k:]), status, office or None
    return None


# "AGENDA" alone on its line under the minutes' title, before any roll: the agenda's items follow,
# then the minutes repeat them with the roll under "A.2 Roll Call" (US school boards' minutes print
# the agenda first); its items do not end the search for the roll
_AGENDA_ALONE = re.compile(r"^(?i:agenda|order\s+of\s+business)$")


def _rest_layout(layout: LayoutLine | None, rest: str) -> LayoutLine | None:
    """The cells after a label cell, as a line of their own: "PRESENT | : Mr Desmond Tan Wei Liang
    | Chairman" -> "Mr Desmond Tan Wei Liang | Chairman" (a label | name | post form, the label's
    colon set before the name: Singaporean and Malaysian town councils' and boards' minutes), so the
    first row's name and post are parted as the rows under it are. None unless the cells after
    the label spell the rest and are two or more."""
    if layout is None:
        return None
    cells = layout.cells()
    want = _ns(rest)
    for k in range(1, len(cells) - 1):
        spans = [sp for c in cells[k:] for sp in c.spans]
        while spans and not _WORD_CHAR.search(span_text(spans[0])):
            spans.pop(0)
        if spans and _ns("".join(span_text(sp) for sp in spans)) == want:
            return line_from_spans(spans, layout.page)
    # ... or after the label's colon, the label and the name set too close to part them as cells
    # ("ABSENT WITH : Mr Ng Teck Soon Huat | Board Member")
    spans = layout.spans
    at = next((k for k, sp in enumerate(spans) if span_text(sp).strip() == ":"), None)
    if at is not None:
        tail = line_from_spans(spans[at + 1 :], layout.page) if at + 1 < len(spans) else None
        if tail is not None and _ns(tail.text) == want and len(tail.cells()) >= 2:
            return tail
    return None


# A sentence about one person after the list, the person named then a verb in lower case and a
# full stop: "Councillor P. Thurlow attended as substitute for Councillor Hartigan." under
# "Apologies for absence were received from Councillors B. Hartigan and R. Sewell." (English
# district councils' planning committees tell substitutes in prose after the apologies),
# "Mrs Naidu declared a non-pecuniary interest ..." (the next minute's sentence), "Councillor
# Sinclair in the Chair." (Scottish and English minutes say who chaired under the lists). The
# list is over: the person is not one of its people
_PERSON_SENTENCE = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,5}"
    r"(?:(?:attended|attending|was|were|had|has|declared|arrived|left|joined|sent|gave|substituted)\s+[a-z]"
    r"|in\s+the\s+chair\.?\s*$)"
)


# A minute item that records the attendance, numbered or not: "2. ATTENDANCE", "ATTENDANCE"
_ATTENDANCE_ITEM = re.compile(r"^(?:\d{1,2}\.?\s+)?(?:attendance|record\s+of\s+attendance)\s*:?$", re.I)
# ... and the members' group label alone under it: "Councillors:", "Members:"
_MEMBER_GROUP_ALONE = re.compile(r"^(?:Councillors|Members|Elected\s+Members)\s*:?$")


def _person_sentence(t: str, cur: _Block | None) -> bool:
    """A sentence on one person under a list (see _PERSON_SENTENCE): after an inline list ended by a
    full stop, or "... in the Chair." anywhere under the lists."""
    if cur is None or not _PERSON_SENTENCE.match(t):
        return False
    if re.search(r"in\s+the\s+chair\.?\s*$", t, re.I) and t.rstrip().endswith("."):
        return True
    return bool(cur.inline and cur.lines and cur.lines[-1].text.rstrip().endswith("."))


def _blocks(lines: list[Line]) -> list[_Block]:
    blocks: list[_Block] = []
    cur: _Block | None = None
    lines = _join_wrapped_labels(_split_labels(lines[:140]))
    texts = [ln.text.strip() for ln in lines[:140]]
    skip: set[int] = set()
    contents = False  # under a contents list's heading, before any label
    agenda_first = False  # the agenda is printed under the minutes' title, before the roll
    agenda_page, agenda_item = 0, None  # its page, and its first item's line
    for k, ln in enumerate(lines[:140]):
        t = texts[k]
        if not t or k in skip:
            continue
        marked = bool(_LIST_MARK.match(t))
        t = _LIST_MARK.sub("", t)
        if cur is not None and not cur.lines and t.startswith(":") and len(t) > 2:
            t = t[1:].strip()  # ": Mr Tay Kok Wah": the colon of a label set in its column
        # "Yn bresennol / Present", "Ymddiheuriadau:": a label printed in two languages, or in one
        # the vocabulary knows, read as its English label
        t = english_label(t, _is_bare_label)
        if "/" in t:
            t = _BILINGUAL_TITLE.sub("", t)
        # a numbered minute item may carry the apologies: "1 Apologies received from" + a list
        # ... and so may "2.3 Approved Leave of Absence" (Western Australian shires' sub-items)
        # ... and the roll itself, as a label alone: "1 PRESENT" over "Councillors" / "Staff"
        # columns (Australian councils number the record of attendance as the minutes' first item)
        bare = _NUMBERED_LABEL.sub("", t)
        opening = _OPENING_ITEM.match(t) if not blocks else None
        if opening:
            # "1. CALL TO ORDER" / "2. ROLL CALL": the items the roll is recorded under
            runin = opening.group("runin")
            if not runin or not any(pat.match(runin) for _, pat in STATUS):
                continue
            t = bare = runin
        if not blocks and _MEMBER_GROUP_ALONE.match(t) and k and _ATTENDANCE_ITEM.match(texts[k - 1]):
            # "2. ATTENDANCE" / "Councillors:" / "Cr A (Mayor)" ... / "Officers: ...": the members
            # under the attendance item, a group label of their own (Queensland and other
            # Australian councils' minutes); the item's heading makes it a roll, not a membership
            # list in a notice of meeting
            cur = _Block("present")
            cur.role = "Councillor" if t.startswith("Councillors") else None
            blocks.append(cur)
            continue
        group_head = _MEMBERS_HEAD.match(t) if not blocks else None
        if group_head:
            # "Cabinet Members" over a name | post table, no status label before it: the members
            # (those marked "– apologies" are away, see _OWN_STATUS)
            cur = _Block("present")
            cur.role = _group_role(group_head.group("group"))
            blocks.append(cur)
            continue
        if _KEY_LABEL.match(t):
            cur = None  # the key to the initials (see _initials_key) ends the lists
            continue
        # (or a post wrapped in its column: "Lucy Harcourt – Head of" / "Governance and Risk", a
        # line that would read as a "Welcome and Introductions" heading)
        wrapped = (
            cur is not None
            and bool(cur.lines)
            and not t[:1].isdigit()
            and (
                bool(re.search(r"(?:,|&|\band|\bof|\bfor|\bthe|[–-])$", cur.lines[-1].text.strip()))
                or _wrapped_between_entries(cur.lines[-1].text, t, texts[k + 1 : k + 2])
            )
        )
        # inside an open bracket a label word is the note's ("Rhian Beddoe (Llais," / "observer);"),
        # and a number the post's: "Mr A. Patel (Director of Finance and Section" / "151 Officer)"
        in_note = cur is not None and sum(x.text.count("(") - x.text.count(")") for x in cur.lines) > 0
        num = _NUMBERED_ENTRY.match(t) if cur is not None and not in_note else None
        numbered_start = bool(num and _numbered_person(cur, int(num.group(1)), num.group(2)))
        if numbered_start:
            cur.numbered += 1
            t = bare = _cells_entry(ln, num.group(2)) or num.group(2)
        if not blocks and _CONTENTS_HEAD.match(t):
            contents = True
            continue
        if not blocks and (_CONTENTS_ENTRY.match(t) or (contents and STOP_BLOCK.match(t))):
            continue  # the minutes' own contents list before the roll (see _CONTENTS_ENTRY)
        if (
            cur is None
            and not blocks
            and (row := _NUMBERED_ENTRY.match(t))
            and HONORIFIC_RE.match(row.group(2))
        ):
            # "1. Eng. B. Otieno | Item 6 | ...": a numbered person of a table before any label (a
            # register of declarations ahead of the roll in Kenyan state corporations' minutes),
            # no minute item that ends the search
            continue
        if not blocks and _AGENDA_ALONE.match(t):
            agenda_first, agenda_page = True, ln.page
            continue
        if agenda_first and not blocks and ln.page == agenda_page and t != agenda_item:
            # the agenda's own lines ("Officers, 2025-26" wraps an item's title, no label), to the
            # page's end or the first item minuted again
            if agenda_item is None and STOP_BLOCK.match(t):
                agenda_item = t
            continue
        if ((STOP_BLOCK.match(t) and bare == t) or ITEM_MARK.match(t)) and not wrapped and not in_note:
            # ... but "Senior Commissioning Manager, Pharmacy," / "Optometry and Dental" is a post
            # wrapped in its cell, not a "Welcome and Introductions" heading
            if agenda_first and not blocks:
                continue  # an item of the agenda printed before the minutes (see _AGENDA_ALONE)
            break
        switched = prose_apology = False
        prev_text = texts[k - 1] if k else ""
        for status, pat in [] if in_note else STATUS:
            m = pat.match(bare)
            if m and m.groups()[-1] == "" and cur is not None and _WRAPPED_BEFORE_EXECUTIVE.search(prev_text):
                continue  # "..., Chief" / "Executive": a wrapped post, not a label
            if m and m.groupdict().get("vote") and cur is not None and cur.status == "present":
                continue  # "Present:" / "Voting Members": a group inside the list
            if m and len(t) < 400:
                rest = m.groups()[-1].strip()
                if rest and "attend" in rest:
                    # "Special invitee: Shri K. V. Iyer, Finance Officer, attended the meeting by
                    # special invitation.": the person and post, then what they did
                    rest = _ATTENDED_TAIL.sub("", rest)
                if rest and _is_prose(rest):
                    break
                if (
                    rest
                    and status == "apologies"
                    and _APOLOGY_SENTENCE.match(bare)
                    and (
                        _SENTENCE_REST.search(rest)
                        or (k + 1 < len(texts) and _SENTENCE_AFTER_LIST.match(texts[k + 1]))
                    )
                ):
                    # "Apologies were received from A and from" / "the Chief Constable, B, who ...",
                    # "Apologies were received and accepted from ...": a sentence, read as prose
                    # (a plain list after "received from" stays a list: "Mrs D Gray; Mr P ...")
                    # The sentence ends the list before it; its lines are no one's
                    prose_apology = True
                    break
                if (
                    status == "present"
                    and not rest
                    and cur is not None
                    and not cur.lines
                    and not cur.first_names
                    and blocks
                    and blocks[-1] is cur
                    and _WRAPPED_LABEL_END.match(t)
                ):
                    # "Officials" / "Present:": one label wrapped in its narrow column (Irish county
                    # councils' minutes), not a second list; "Members" / "Present:" names no role
                    if cur.role == "Member":
                        cur.role = None
                    switched = True
                    break
                group = m.groupdict().get("group")
                role = _GROUP_ROLE.match(group) if group else None
                if group and role is None and not _BODY_GROUP.match(group):
                    continue  # "Items present: ..." is not a list of people
                carried = cur.carried + cur.numbered if cur is not None else 0
                cur = _Block(status)
                cur.carried = carried
                cur.role = (
                    re.sub(r"men$", "man", role.group(1).capitalize())
                    if role and role.group(1).lower() != "member"
                    else None
                )
                seat = m.groupdict().get("seat")
                if seat:
                    cur.role = _seat_role(seat)
                    cur.org = m.groupdict().get("seat_org")
                label = m.groupdict().get("label")
                if label:
                    cur.role = LABEL_ROLE.get(re.sub(r"\s+", " ", label.lower()), label)
                blocks.append(cur)
                group_rest = _PEOPLE_GROUP.match(rest)
                if group_rest and not _leading_name(rest):
                    # "Present:  Non-Executive Members" (the first column's group beside the label)
                    cur.role = _group_role(group_rest.group("group"))
                    rest = group_rest.group("rest") or ""
                org_head = _label_org(rest, texts[k + 1] if k + 1 < len(texts) else "")
                if org_head:
                    # "Members present – Ravensworth Borough" / "Council": the body whose members
                    # the list below names (see _label_org)
                    cur.org, rest = org_head
                    if rest:
                        skip.add(k + 1)
                    rest = ""
                if rest and not re.fullmatch(r"[–\-:]*\s*(?:ICB |board )?members?\s*:?", rest, re.I):
                    cur.inline = True
                    cur.lines.append(Line(ln.page, rest, layout=_rest_layout(ln.layout, rest)))
                switched = True
                break
        if switched:
            continue
        if prose_apology and not _is_prose(t):
            cur = None
            continue
        roll = _roll_row(ln) if not in_note else None
        if roll:
            # "Councilmember Lupe Castaneda | Absent": a roll call line, its own status beside it
            cur = _Block(roll[1])
            cur.role = roll[2]
            cur.lines.append(Line(ln.page, roll[0]))
            blocks.append(cur)
            continue
        party = _acronym_group(t) if cur is not None else None
        if party:
            # "African National Congress (ANC)" over its councillors: the people below sit for it
            role = cur.role
            cur = _Block(cur.status)
            cur.role, cur.org = role, party
            blocks.append(cur)
            continue
        group = _PEOPLE_GROUP.match(t) if cur is not None else None
        if group and (not _leading_name(t) or _PLURAL_GROUP_END.search(t)):
            # a group inside the list: its people take its name as role ... and a student's or
            # youth seat labelled after the absent list ("Trustees absent: A (excused)" / "Student
            # Trustee: B (advisory vote)": US community college and school boards) is a roll line
            # of its own, who is present unless marked otherwise
            seat_label = cur.status == "apologies" and _STUDENT_SEAT.match(t) is not None and ":" in t
            cur = _Block(cur.status)
            cur.student_seat = seat_label
            cur.role = _group_role(group.group("group"))
            blocks.append(cur)
            if group.group("rest"):
                cur.inline = True
                cur.lines.append(Line(ln.page, group.group("rest")))
            continue
        if cur is not None and ln.heading and _ends_list(t) and not (cur.inline and _lists_people(t)):
            cur = None  # "Welcome", "Minutes of previous meeting": the first minute's heading
            continue
        if cur is not None and cur.inline and marked:
            cur = None  # a new bullet point after a "Label: A, B, C" list: the list is over
            continue
        nxt = next((x for x in texts[k + 1 : k + 3] if x), "")
        open_paren = cur is not None and sum(x.text.count("(") - x.text.count(")") for x in cur.lines) > 0
        if (
            cur is not None
            and not open_paren
            and (_is_prose(t) or (not cur.inline and _is_prose(nxt) and not _leading_name(t)))
        ):
            # running text (or its heading) ends the list
            cur = None
            continue
        if cur is not None and _after_run_in_sentence(cur, t):
            cur = None  # "... (landowners, Walnut Township)." / "A quorum was declared present."
            continue
        if cur is not None and _AGENDA_ALONE.match(t) and not wrapped:
            # "Agenda" alone on its line under the lists: the agenda's table follows (Scottish
            # university courts' papers list the members, then the agenda), no more people
            cur = None
            continue
        if _person_sentence(t, cur):
            cur = None  # "Councillor P. Thurlow attended as substitute for ...": the list is over
            continue
        if cur is not None and not cur.lines and _LIST_TABLE_HEADER.match(t):
            continue  # "S/N | NAME | DESIGNATION": the header of the list's table, no one
        if cur is not None:
            if marked and _SINGLE_NAME.fullmatch(t) and t not in NON_NAME | ROLE_WORDS | ORG_WORDS:
                cur.first_names.append((t, ln.page))
                continue
            if numbered_start:
                # a post to come on the lines under the name only when the name stands alone on
                # its line ("5. Mr. Peter Otieno Odhiambo  Alternate to the Principal Secretary,
                # State Department for" / "Water and Sanitation": the post is beside the name, and
                # the line under it is the post's wrap, joined as before)
                alone = _leading_name(t)
                cur.post_lines = NUMBERED_POST_LINES if alone and (not alone[1].strip() or _is_name(t)) else 0
            elif (
                cur.post_lines
                and cur.lines
                and not (HONORIFIC_RE.match(t) and _leading_name(t))
                and not _NUMBERED_ENTRY.match(t)
            ):
                # the designation under a numbered member's name: the entry's post
                last = cur.lines[-1]
                sep = " " if cur.post_lines < NUMBERED_POST_LINES else " – "
                cur.lines[-1] = Line(last.page, last.text.rstrip() + sep + t, layout=None)
                cur.post_lines -= 1
                continue
            else:
                cur.post_lines = 0
            cur.lines.append(Line(ln.page, t, layout=ln.layout))
    return [part for b in blocks for part in _org_cell_groups(b)]


# An organisation after a status label, over the list of its people: "Members present – Ravensworth
# Borough Council" beside "Members present – Stourmoor District Council" (joint committees of two
# or more councils set each council's members as a block of its own, often side by side); the
# label's line may wrap before the organisation's last word ("... Borough" / "Council")
_LABEL_ORG_DASH = re.compile(r"^\s*[–—-]?\s*")
LABEL_ORG_WORDS = 8


def _label_org(rest: str, nxt: str) -> tuple[str, str] | None:
    """(organisation, the next line when it ends the organisation's name, else ""), or None
    when the rest of a status label's line is no organisation."""
    org = _LABEL_ORG_DASH.sub("", rest).strip()
    if not org or re.search(r"[,;:()]", org) or HONORIFIC_RE.match(org):
        return None
    tail = ""
    nxt_words = nxt.split()
    if nxt_words and len(nxt_words) <= 2 and all(w in ORG_WORDS for w in nxt_words):
        org, tail = f"{org} {nxt.strip()}", nxt
    words = re.findall(r"[\w&'’]+", org)
    if not words or len(words) > LABEL_ORG_WORDS or words[-1] not in ORG_WORDS or not org[:1].isupper():
        return None
    return org, tail


# The members of the body named alone on a line, no colon, over the list, before any status label:
# "Cabinet Members" (English councils' records of decisions), "Board Members", "Committee Members",
# "Authority Members" (a group of members inside a list is _PEOPLE_GROUP's)
_MEMBERS_HEAD = re.compile(
    r"^\s*(?P<group>(?:Cabinet|Board|Committee|Authority|Panel|Council|Executive|Trust|Elected)\s+Members)\s*$"
)
# A status of one's own after a listed member's post: "Cabinet Member for Economy and Skills –
# apologies", "Vice Chair (apologies)", "Treasurer - absent" (records of decisions and committee
# minutes marking the one member away in a list of members)
_OWN_STATUS = re.compile(
    r"(?:\s*[–—-]\s*|\s*\(\s*|^)(?P<s>apologies|sent apologies|absent|not present)\s*\)?\s*$", re.I
)


def _org_cell(ln: Line) -> tuple[str, str] | None:
    """A line set as two cells, an organisation and a list of its people: "Calderwick County
    Council | Councillor Margaret Oyelaran-Price (Chair), Councillor David Hurst," (English fire,
    police and joint authorities list members by the council that appointed them; "Northshire
    County Council | Cllr A, Cllr B" in joint committees; "Ravensmoor NHS Trust | Dr C" in boards
    in common)."""
    cells = ln.layout.cells() if ln.layout is not None else []
    if len(cells) != 2:
        return None
    org, people = cells[0].text.strip(), cells[1].text.strip()
    words = re.findall(r"[\w&]+", org)
    # the cell ends with the organisation's noun ("... County Council", "... NHS Trust")
    if not words or words[-1] not in ORG_WORDS or HONORIFIC_RE.match(org) or len(words) > 8:
        return None
    if not (HONORIFIC_RE.match(people) or _leading_name(people)):
        return None
    return org, people


def _org_cell_groups(block: _Block) -> list[_Block]:
    """A block whose lines open with organisation cells (see _org_cell), split into one run-in
    list per organisation, each carrying it; any other block unchanged."""
    if not any(_org_cell(ln) for ln in block.lines):
        return [block]
    parts: list[_Block] = []
    cur: _Block | None = None
    for ln in block.lines:
        cell = _org_cell(ln)
        if cell:
            cur = _Block(block.status)
            cur.role, cur.org, cur.inline = block.role, cell[0], True
            cur.lines.append(Line(ln.page, cell[1], layout=ln.layout))
            parts.append(cur)
        elif cur is not None:
            cur.lines.append(ln)
        else:
            parts.append(block)  # people before the first organisation cell: the block as it was
            return [block]
    return parts


_SINGLE_NAME = re.compile(r"[A-Z][a-z'’-]{2,}")
# The second line of a label wrapped in its column: "Present:" under "Officials" or "Members"
_WRAPPED_LABEL_END = re.compile(r"^\s*present\s*:?\s*$", re.I)


_STATUS_START = re.compile(
    r"^\s*(?:\d+\.?\s+)?(?:[A-Z][a-z]+\s+)?(?i:present|absent|apolog|attendees|in attendance)"
)


# The office a US council's roll gives before a name: "Mayor Diane Kowalski-Reyes, Mayor Pro Tem
# Luis Atencio, Councilmembers Brenda Oyelowo, ... and Jerome Tillotson" (US city council and
# county board minutes); a plural office is everyone's after it until the next office
_OFFICE_TITLE = re.compile(
    r"^\s*(?P<office>(?:Vice\s+|Deputy\s+)?Mayor(?:\s+Pro\s+Tem(?:pore)?)?|Council\s?(?:member|Member)s?|"
    # US spelling and the council's presiding member: "Councilor Elena Ramírez-Soto", "Council
    # President Marcus T. Redhawk" (Oregon and other US city councils)
    r"Councilors?|Council\s+President|"
    # New Zealand regional and district councils' presiding members: "Chairperson Mereana Paewai",
    # "Deputy Chairperson Graham O'Sullivan"
    r"(?:Deputy\s+)?Chairperson|"
    r"Supervisors?|Aldermen|Alderman|Alderpersons?|Commissioners?|"
    # a US special district's or school board's officers: "President Maria Elena Cortez (Division
    # 3); Vice President Kenji Yamamoto (Division 1); Director Daniel Okafor (Division 5)"
    r"(?:Vice\s+)?President|Directors?|Trustees?|"
    # an Ontario conservation authority's members, a post before each name on its row: "Chair
    # Linda Vanderkooy" / "Vice-Chair Raj Dhaliwal" / "Member Darlene Two-Rivers"
    r"(?:Vice-|Deputy\s+)?Chair|Member)\s+(?=[A-Z])"
)


# the office titles added for Ontario conservation authorities' rows (see _OFFICE_TITLE), which are
# posts too ("Chair Kestermoor Voluntary Sector Alliance" under a name)
_CHAIR_OR_MEMBER = re.compile(r"^\s*(?:(?:Vice-|Deputy\s+)?Chair|Member)\s")
# rows of a block opening with an office title that make it a titled roll
TITLED_ROLL_ROWS = 2


def _office(title: str) -> str | None:
    """ "Councilmembers " -> "Councilmember"; None for a title that is no office."""
    m = _OFFICE_TITLE.match(title + " X")
    if not m:
        return None
    office = re.sub(r"\s+", " ", m.group("office"))
    return {"Aldermen": "Alderman"}.get(office, re.sub(r"s$", "", office))


# The chair of a US commission's or board's roll before a surname alone: "Present: Chair Okonkwo,
# Vice Chair Delgado, Commissioners Whitaker, Nguyen" (US city commissions' and school boards'
# minutes); taken only before a bare surname, so "Chair Audit Committee" stays a post
_CHAIR_BEFORE_SURNAME = re.compile(
    r"^\s*(?P<office>(?:Vice[\s-]+|Deputy\s+)?(?:Chair(?:man|woman|person)?|President))\s+(?=[A-Z])"
)


# "Tama Rāwiri – General Manager Integrated Catchments": a name, a spaced dash, then the post
_NAME_DASH_POST = re.compile(r"^(?P<name>.+?)\s+[–—-]\s+(?P<post>[A-Z].*)$")


def _name_dash_post(piece: str) -> tuple[str, str | None, str | None] | None:
    """A "Name – Post" piece of a run-in list parted by semicolons ("In Attendance: Nicola Harwood
    – Chief Executive; Tama Rāwiri – General Manager ...": New Zealand and Australian councils'
    staff lists), when the left is a name and the right is not."""
    m = _NAME_DASH_POST.match(piece.strip().rstrip("."))
    if not m:
        return None
    name, post = m.group("name").strip(), m.group("post").strip()
    bare = strip_honorifics(name)
    if not _is_name(bare) or (_is_name(post) and not (_post_tail(post) and not _post_tail(bare))):
        return None  # ("General Counsel" reads as a name; its last word says it is a post)
    return bare, post, None


# A post printed before its holder's full name in a comma list: "General Manager Samuel J. Reyes,
# District Counsel Katherine Dunleavy-Ortiz, ... and Board Secretary Monica Tran" (US special
# districts' and city councils' "Staff Present"); the post ends in a word of TITLE_WORDS
# ("Fire Chief Marcus T. Vandenberg; Deputy Chief Alicia Soto; ...": a fire district's officers,
# whose posts end in "Chief" or "Marshal")
_POST_END_WORDS = TITLE_WORDS | {"Chief", "Marshal"}
_POST_BEFORE_NAME = re.compile(
    rf"^(?P<post>(?:[A-Z][\w&'’-]*\s+){{0,3}}(?:{'|'.join(sorted(_POST_END_WORDS, key=len, reverse=True))}))"
    r"\s+(?P<name>[A-Z][^,;()]*?)\.?$"
)


_POST_AT_END = re.compile(
    rf",\s+(?:and\s+)?(?:[A-Z][\w&'’-]*\s+){{0,3}}(?:{'|'.join(sorted(TITLE_WORDS, key=len, reverse=True))})$"
)


def _post_before_name(piece: str) -> tuple[str, str | None, str | None] | None:
    """(name, post, None) of a "Post Name" piece (see _POST_BEFORE_NAME), or None."""
    m = _POST_BEFORE_NAME.match(piece.strip())
    if not m:
        return None
    name = m.group("name").strip()
    toks = name.split()
    if not 2 <= len(toks) <= 4 or any(t in TITLE_WORDS | ROLE_WORDS | ORG_WORDS for t in toks):
        return None
    if not _is_name(name):
        return None
    return name, m.group("post"), None


def _titled_people(pieces: list[str], carried: str | None = None) -> list[tuple[str, str | None, str | None]]:
    """The people of a listed roll, each with the office printed before them (see _OFFICE_TITLE).
    An office before a surname alone ("Commissioners Whitaker, Nguyen", "Chair Okonkwo") makes the
    surname a person (see _titled_surname)."""
    people: list[tuple[str, str | None, str | None]] = []
    for piece in pieces:
        office = None
        # "Director Corporate & Community (Kate Sinclair)": a post with its holder in brackets
        # (Australian and New Zealand councils list their staff so), not the office "Director"
        # before a person named "Corporate & Community"
        m = None if _post_then_name(piece.strip()) else _OFFICE_TITLE.match(piece)
        chair = _CHAIR_BEFORE_SURNAME.match(piece) if m is None else None
        # ... or before a full name: "Chair Elena Sandoval, Vice Chair Raymond Brennan, Director
        # ..." (US transit and special district boards)
        full = chair is not None and _is_name(piece[chair.end() :].strip().rstrip("."))
        if chair and not _is_roll_surname(piece[chair.end() :]) and not full:
            chair = None
        if m:
            office = _office(m.group(0).strip())
            plural = m.group("office").endswith(("s", "Aldermen"))
            carried = office if plural else None
            piece = piece[m.end() :]
            if _is_roll_surname(piece):
                piece = _titled_surname(piece)
        elif chair:
            office = re.sub(r"[\s-]+", " ", chair.group("office"))
            carried = None
            piece = piece[chair.end() :] if full else _titled_surname(piece[chair.end() :])
        else:
            office = carried
            if office is None and (held := _post_before_name(piece)):
                people.append(held)
                continue
        p = _person_from_piece(piece) or _name_dash_post(piece)
        if p is None:
            continue
        if office:
            p = (p[0], f"{office} ({p[1]})" if p[1] else office, p[2])
        people.append(p)
    return people


# A surname alone, with the initial a council prints to tell two members apart: "Hussain (M.)"
_SURNAME = re.compile(r"[A-Z][\w'’-]+(?:\s*\((?:[A-Z]\.\s?){1,3}\))?")


def _titled_surname(piece: str) -> str:
    """A surname alone under a plural title, given a title so it reads as a person: "Rahman."
    -> "Mr Rahman"."""
    bare = piece.strip().rstrip(".") if not re.search(r"\([A-Z]\.\)$", piece.strip()) else piece.strip()
    return f"Mr {bare}" if _SURNAME.fullmatch(bare) else piece


# Pieces of a roll that names members by surname alone, with no title before the list:
# "Present: Alvarado, Brightwater, Chen-Ortiz, ..." (US city councils' summary minutes), "Roll
# Call - Present: Adams, Baker, Clark; Absent: Davis" (US county boards), "Members present:
# Okafor, Lindqvist, Moreau and Tan" (school boards); a surname may carry a bracketed note
# ("Baker (arrived 7:05 p.m.)"). Three pieces at least: fewer surnames on their own are too
# like a heading's words ("Present: Chair").
SURNAME_ROLL_MIN = 3
_ROLL_SURNAME = re.compile(rf"(?:Mc|Mac|O[’']|D[’'])?[{_UPPER}][{_LETTER}'’-]+(?:\s*\([^()]*\))?")


def _is_roll_surname(piece: str) -> bool:
    """One bare surname (optionally with a bracketed note), not a word of a heading."""
    bare = piece.strip().rstrip(".")
    word = re.sub(r"\s*\(.*$", "", bare)
    return (
        bool(_ROLL_SURNAME.fullmatch(bare))
        and word not in NON_NAME | ROLE_WORDS | ORG_WORDS | TITLE_WORDS | _NOT_NAMES
    )


# Words a roll's label line may hold instead of names ("Excused: None", "Absent: Nil")
_NOT_NAMES = {"None", "Nil", "N/A", "All", "Quorum", "Vacant", "Vacancy"}


def _surname_roll(pieces: list[str]) -> bool:
    """A comma list of bare surnames with no title before it (see SURNAME_ROLL_MIN)."""
    return len(pieces) >= SURNAME_ROLL_MIN and all(_is_roll_surname(x) for x in pieces)


def _under_plural_title(pieces: list[str]) -> list[str]:
    """ "The Mayor (...) in the Chair; the Deputy Mayor (...); Councillors Akhtar, Barraclough,
    Mrs Birtwistle, ... and Yates.": a plural title partway through a list covers the surnames
    after it (English metropolitan and county council minutes)."""
    out: list[str] = []
    under = False
    for piece in pieces:
        if PLURAL_TITLE.match(piece):
            under = True  # the titled piece itself stays as printed (an office the roll reads)
            out.append(piece)
            continue
        out.append(_titled_surname(piece) if under else piece)
    return out


# Separators in a line that make it a run-in list of several people, not a row of one
RUN_IN_SEPARATORS = 3


def _run_in_list(first: str) -> bool:
    """A list run in over lines under a label set in its own column, the label's line holding no
    names: "Members" / "Present:" / "Cllrs. Aoife Brennan, Louise Carberry, ..., Bríd Ní" /
    "Mhurchú, ..." (Irish county councils), "Ms. Gráinne Hanrahan, Chief Executive; Mr. Colm
    Tuohy, ..." - a plural title before the names, or semicolons parting several people. A row of
    one person ("Jo Smith, Head of Finance, Fenmoor Borough Council") has neither."""
    seps = first.count(",") + first.count(";")
    # ("Councillors D. Ashcroft (Leader of the Opposition) and F. Nkemelu (Chairman of the" / ...:
    # two people under a plural title parted by "and" alone, English councils' "Also present")
    plural = PLURAL_TITLE.match(first)
    return bool(plural and (seps >= 1 or len(_split_list(first[plural.end() :])) >= 2)) or (
        ";" in first and seps >= RUN_IN_SEPARATORS
    )


# A run-in list under a label alone on its line names at least this many people on its first line
RUN_IN_PEOPLE = 2


def _people_run_in(first: str) -> bool:
    """ "OFFICERS" / "Lindsay Carr-Wellings QFSM (Chief Fire Officer), Mark Ebdon (Deputy Chief
    Fire Officer), Sunita Rahman" / "CPFA (Treasurer), ...": a list of people run on over lines
    under a label of its own line (English fire authorities' and councils' officer lists; "Also
    present" / "Jo Bell (Clerk), Sam Ng (RFO)" in parish minutes): every piece of the first line
    is a person (the last may be a name wrapped before its note), not "Jo Smith, Head of Finance,
    Fenmoor Borough Council" (one person and a post)."""
    pieces = _split_list(first)
    if len(pieces) < RUN_IN_PEOPLE:
        return False
    # each piece before the last marked as a person by a title or a bracketed post ("Kwabena Asare,
    # Sponsor Team, DCMS" is one person, a team and a department)
    # ("Mrs Valerie Coughlan | Chair, Tenants’ Scrutiny Panel" is one person, a post and a body)
    marked = [_person_from_piece(x) is not None and ("(" in x or bool(HONORIFIC_RE.match(x))) for x in pieces]
    last = marked[-1] or _person_from_piece(pieces[-1]) is not None
    # ... or a post cut at the line's end after "Post (Name)" pieces, its holder's bracket on the
    # next line: "General Manager (Mr Craig Ellery), ..., Director Corporate" / "and Community
    # Services (Mr Sanjay Pillai), ..." (Australian councils' "IN ATTENDANCE:" staff lists)
    last = last or (
        "(" not in pieces[-1] and all(_post_then_name(x.strip()) is not None for x in pieces[:-1])
    )
    return sum(marked[:-1]) >= RUN_IN_PEOPLE and all(marked[:-1]) and last


def _surname_entries(block: _Block) -> list[tuple[str, str | None, str | None, int]] | None:
    """ "Excused: Dumas", "Absent: Lee and Moreau": the short list of a roll whose other list is
    a surname roll (see _surname_roll) names surnames too; None when the line is anything else."""
    if not (block.inline and len(block.lines) == 1):
        return None
    pieces = _split_list(block.lines[0].text)
    if not pieces or len(pieces) >= SURNAME_ROLL_MIN or not all(_is_roll_surname(x) for x in pieces):
        return None
    people = [_person_from_piece(_titled_surname(x)) for x in pieces]
    return [(*p, block.lines[0].page) for p in people if p]


# A row ending in a dash and one capitalised word (a place name whose body's name wrapped), and the
# next line holding the rest of a council's name (see _entries)
_PLACE_CUT = re.compile(r"\s[–—-]\s+[A-Z][\w'’-]+$")
_BODY_TAIL = re.compile(
    r"^\s*(?:(?:City|County|Borough|District|Town|Parish|Metropolitan|Regional|Unitary)\s+)*Council\s*$"
)


def _rejoin_posts(pieces: list[str]) -> list[str]:
    """A list of "Post (Name)" pieces whose post held "and": "Director Corporate and Community
    Services (Mr Sanjay Pillai)", "Manager Planning and Environment (Ms Kate Brennan-Walsh)"
    (Australian councils' staff lists) were split at the "and"; in such a list every person has a
    bracket, so a piece with none before a "Post (Name)" piece is the start of that piece's post."""
    if len(pieces) < 2 or _post_then_name(pieces[0].strip()) is None:
        return pieces
    out: list[str] = []
    for piece in pieces:
        whole = f"{out[-1]} and {piece}" if out else ""
        if (
            out
            and "(" not in out[-1]
            and "(" in piece
            and _post_then_name(whole.strip().rstrip(".")) is not None
        ):
            out[-1] = whole
        else:
            out.append(piece)
    return out


def _entries(
    block: _Block, known_orgs: list[str], surname_roll: bool = False
) -> list[tuple[str, str | None, str | None, int]]:
    out: list[tuple[str, str | None, str | None, int]] = []
    if surname_roll:
        short = _surname_entries(block)
        if short is not None:
            return short
    if (
        block.lines
        and (
            (block.inline and (block.lines[0].text.count(",") + block.lines[0].text.count(";")) >= 1)
            or _run_in_list(block.lines[0].text)
            or _people_run_in(block.lines[0].text)
        )
        # a name and its posts on the label's line, the next person on a line of their own: rows
        and not (
            _one_person_row(block.lines[0].text)
            and (len(block.lines) == 1 or _leading_name(block.lines[1].text) is not None)
        )
    ):
        taken = [block.lines[0].text]
        for ln in block.lines[1:]:
            so_far = " ".join(taken)
            depth = so_far.count("(") - so_far.count(")")
            nxt = ln.text.strip()
            if (
                depth > 0
                # ("...; Ana Liufau –" + "Governance Advisor": a "Name – Post" wrapped at its dash)
                or re.search(r"(,|;|\band|\b[A-Z]\.?|\s[–—]|" + HONORIFIC + r")\s*$", so_far)
                # "...; and Mrs Catriona" + "Logan and Reverend David Muir (...)": a name wrapped
                # after its first name (Scottish council minutes' run-in lists)
                or re.search(rf"(?:^|[,;]|\band)\s*(?:{HONORIFIC})\s+[A-Z][a-z'’-]+$", so_far)
                # ("& Environment (Jessica Tran)": a post wrapped at its ampersand)
                or re.match(rf"^[(a-z&]|^(?:{POSTNOMINAL_WORDS})\b", nxt)
                # a list of "Post (Name)" pieces wrapped inside a post: "..., Group Manager" /
                # "Assets & Infrastructure (Mere Tautahi) and ..." (councils' staff lists)
                or (
                    _post_then_name(_split_list(taken[0])[0]) is not None
                    and not so_far.endswith(".")
                    and not _STATUS_START.match(nxt)
                )
                # a post waiting for its holder's name on the next line: "..., and Recording
                # Secretary" + "Amy Cho." (US "Staff Present" lists of "Post Name" pieces)
                or (_POST_AT_END.search(so_far) is not None and _leading_name(nxt.rstrip(".")) is not None)
                # a name wrapped at the line end: "..., Leonardo" + "Bishop (LB), Rohit Jose (RJ), ..."
                # (accented letters too: "..., Bríd Ní" + "Mhurchú, ...")
                # (or parted by semicolons: "...; Siobhan" + "D'Arcy; Dr Anil Ramaswamy; ...": NDPB
                # board minutes' label | list forms)
                or (
                    re.search(rf"[{_LETTER}-]$", so_far)
                    and ("," in nxt or ";" in nxt)
                    and not _STATUS_START.match(nxt)
                )
                # "..., Dennis" + "Skinner (LGA)": a list item's first name ends the line
                # ... and the list's last "and" follows it: "..., Sheila" + "O'Rourke and Imran
                # Qureshi (...)." (English county councils' run-in "PRESENT:" paragraphs)
                or (
                    re.search(r",\s*[A-Z][a-z]+$", so_far)
                    and re.match(r"^[A-Z][\w'’-]+(?:\s*\(|\s*[,.]?\s*$|\s+and\s+(?=[A-Z]))", nxt)
                    and not _STATUS_START.match(nxt)
                )
            ):
                # "Crow-" + "Brown": a hyphenated name broken at its hyphen
                if so_far.endswith("-") and nxt[:1].isupper():
                    taken[-1] = taken[-1] + nxt
                else:
                    taken.append(nxt)
                continue
            break
        joined = " ".join(taken)
        plural = PLURAL_TITLE.match(joined)
        pieces = _rejoin_posts(_split_list(joined[plural.end() :] if plural else joined))
        if plural or _surname_roll(pieces):
            # "Councilmembers Adams, Brown, Crow-Brown": surnames under one title
            pieces = [_titled_surname(x) for x in pieces]
        else:
            pieces = _under_plural_title(pieces)
        pieces = [c for x in pieces for c in _couple(x)]
        people = _titled_people(pieces, _office(plural.group(0)) if plural else None)
        if plural and _COUNCILLOR.match(plural.group(0)):
            people = [(n, *_portfolio(r, o)) for n, r, o in people]
        _share_group_org(joined, people)
        if len(people) >= 2:
            out.extend((*p, block.lines[0].page) for p in people)
            remaining = block.lines[len(taken) :]
        else:
            remaining = block.lines
    else:
        remaining = block.lines
    rows: list[tuple[str, int]] = []
    # rows read from one line set out as "name | organisation" cells (the layout layer's cells)
    two_cells: dict[int, tuple[str, str]] = {}
    post_x: dict[int, float] = {}  # the left edge of a two-cell row's second cell
    name_x: dict[int, float] = {}  # ... and of its first
    # "Chair Linda Vanderkooy" opens a row only as the block's first or in a roll of titled rows
    # ("Mayor Tom McKinnon", "Member Anita Chaudhry"); elsewhere "Chair Kestermoor Voluntary
    # Sector" is the post of the name above it
    titled_roll = sum(1 for x in remaining if _OFFICE_TITLE.match(x.text)) >= TITLED_ROLL_ROWS
    for ln in remaining:
        t = ln.text
        if rows and _PLACE_CUT.search(rows[-1][0]) and _BODY_TAIL.match(t):
            # "Cllr Nasreen Akhtar – Redcastle" / "City Council": the member's council wrapped
            # after its place name, not a heading over the next members
            rows[-1] = (rows[-1][0] + " " + t.strip(), rows[-1][1])
            two_cells.pop(len(rows) - 1, None)
            continue
        if (
            rows
            and rows[-1][0].count("(") > rows[-1][0].count(")")
            and re.match(r"^[^()]*\)", t.strip())
            and not HONORIFIC_RE.match(t)
        ):
            # "County Cllr Meirion Davies (Powys" / "County Council)": the note's bracket closes on
            # this line, which is the note's tail, not a group heading
            rows[-1] = (rows[-1][0] + " " + t, rows[-1][1])
            at = post_x.get(len(rows) - 1)
            if at is not None and ln.layout is not None and abs(ln.layout.x0 - at) <= WRAPPED_CELL_SLACK:
                # "Member (Rep., Federal Ministry of Health and" / "Social Welfare)": the bracket
                # of a name | post row's post closes in its own cell (ruled attendance tables)
                name_cell, post = two_cells[len(rows) - 1]
                two_cells[len(rows) - 1] = (name_cell, post + " " + t.strip())
            else:
                two_cells.pop(len(rows) - 1, None)
            continue
        if GROUP_LINE.search(t) or _is_group_heading(t) or ITEM_MARK.match(t):
            continue
        if (
            rows
            and re.search(
                rf"(?:[;,]|\band)\s*(?:{HONORIFIC})\s+(?:[A-Z][a-z'’-]+|(?:[A-Z]\.?\s*){{1,3}})$", rows[-1][0]
            )
            and re.match(r"^[A-Z][\w'’-]+\b", t)
        ):
            # "...; Revd Peter" / "Lightowler (Appointed – ...); ...": a name wrapped after its
            # first name (NHS councils of governors' apologies), or after its initials: "... and
            # Cllr N" / "Aston (South Fenland District Council)." (drainage boards' apologies)
            rows[-1] = (rows[-1][0] + " " + t, rows[-1][1])
            two_cells.pop(len(rows) - 1, None)
            continue
        new_row = (
            bool(HONORIFIC_RE.match(t))
            or (bool(_OFFICE_TITLE.match(t)) and (titled_roll or not rows or not _CHAIR_OR_MEMBER.match(t)))
            # "County Cllr Meirion Davies (Powys": a visiting councillor under the tier's title
            or bool(TIER_TITLE.match(t))
            # "Fonoti Dr. Peniamina Tanuvasa": a chiefly title before the style (see _row_entries)
            or bool(
                (title := _TITLE_BEFORE_STYLE.match(t))
                and title.group(1) not in ROLE_WORDS | TITLE_WORDS | ORG_WORDS | NON_NAME
                and _leading_name(t[title.end() :])
            )
            or ((lead_t := _leading_name(t)) is not None and not _body_line(t, lead_t))
            or len(_couple(t)) > 1
            or _post_then_name(t.strip()) is not None
            # "General Manager   Mr Craig Pemberton": a post | styled name row (see _POST_THEN_STYLED)
            or _post_then_styled_name(re.sub(r"\s+", " ", t.strip())) is not None
            # "Chair: Doug Van Kessel (Norfolk County)": a member's post labelled before the name
            or bool((lab := _POST_LABEL.match(t.strip())) and _leading_name(t.strip()[lab.end() :]))
            or " – " in t
            or " - " in t
            or bool(rows and _dash_line(re.sub(r"\s+", " ", rows[-1][0])) and t[:1].isupper())
        )
        if (
            rows
            and (note := t.strip()).startswith("(")
            and note.endswith(")")
            and (at := name_x.get(len(rows) - 1)) is not None
            and ln.layout is not None
            and abs(ln.layout.x0 - at) <= WRAPPED_CELL_SLACK
        ):
            # "Mr Alvin Chia Jun Hao | General Manager / Secretary" over "(Riverside Estate
            # Management Pte Ltd, Managing Agent)" in the name's cell: the name's note, which
            # names the body they come from (label | name | post forms of town councils' minutes)
            name_cell, post = two_cells[len(rows) - 1]
            two_cells[len(rows) - 1] = (f"{name_cell} {note}", post)
            rows[-1] = (rows[-1][0] + " " + t, rows[-1][1])
            continue
        if rows and not new_row:
            at = post_x.get(len(rows) - 1)
            if at is not None and ln.layout is not None and abs(ln.layout.x0 - at) <= WRAPPED_CELL_SLACK:
                # "Alternate to the Principal Secretary, State Department for" / "Water and
                # Sanitation": the post wrapped inside its own cell of a name | post row
                name_cell, post = two_cells[len(rows) - 1]
                two_cells[len(rows) - 1] = (name_cell, post + " " + t.strip())
                rows[-1] = (rows[-1][0] + " " + t, rows[-1][1])
                continue
            if _continues(rows[-1][0], t, known_orgs):
                # a post on the line under a row that is a name and nothing more ("Tuiloma Ioane
                # Leota" / "Chairman"): read as "Name – post", so the name keeps all its words
                # (three words or more: a two-word name the name reader takes whole anyway)
                sep = (
                    " – "
                    if len(rows[-1][0].split()) >= 3
                    # (a row ending in a comma has its separator: "Kristina Lindqvist, M.S.,
                    # CCC-SLP," / "Chair", a licensee's letters wrapped in a narrow column)
                    and not rows[-1][0].rstrip().endswith(",")
                    and _is_name(rows[-1][0])
                    # (no body's word in it: "Cllr Sunil Varma Oldcastle Metropolitan Borough" /
                    # "Council" is a name and a body wrapped in its cell)
                    and not any(w in ROLE_WORDS or w in ORG_WORDS for w in rows[-1][0].split())
                    # ... and the line under it a short post ("Chairman", "Deputy Chairperson"),
                    # not the rest of a wrapped cell ("Water and Sanitation", "AGENDA")
                    and _post_tail(t)
                    and len(t.split()) <= MAX_POST_UNDER_NAME_WORDS
                    and not _is_name(t, allow_single=True)
                    else " "
                )
                rows[-1] = (rows[-1][0] + sep + t, rows[-1][1])
                two_cells.pop(len(rows) - 1, None)
            continue
        if not rows and not new_row:
            continue
        if (
            rows
            and _leading_name(t)
            and not HONORIFIC_RE.match(t)
            and rows[-1][0].rstrip().endswith((" and", ",", "&", " of"))
        ):
            rows[-1] = (rows[-1][0] + " " + t, rows[-1][1])
            two_cells.pop(len(rows) - 1, None)
            continue
        cells = ln.layout.cells() if ln.layout is not None else []
        if (
            len(cells) >= 3
            and _SERIAL_CELL.match(cells[0].text)
            and _ns("".join(c.text for c in cells[1:])) == _ns(t)
        ):
            cells = cells[
                1:
            ]  # "1. | Shri Anil Deshmukh | Chairman": the serial number's cell (see _NUMBERED_ENTRY)
        texts = [c.text for c in cells]
        serial = _SERIAL_LEAD.match(texts[0]) if len(cells) >= 2 else None
        if serial and _ns(texts[0][serial.end() :] + "".join(texts[1:])) == _ns(t):
            # "1. Hon. Dr. A. Wario, MBS | Chairperson": the number set close to the name, in its
            # cell, and read off the line already (see _NUMBERED_ENTRY)
            texts[0] = texts[0][serial.end() :]
        if (
            len(cells) == 3
            and _ns("".join(c.text for c in cells)) == _ns(t)
            and _is_initials(cells[2].text.strip(), cells[0].text)
        ):
            # "Prof Helen Carmody-Reid | Non-Executive Director (Committee Chair) | HCR": a name |
            # post | initials table (NHS committees' attendance), the initials the minutes use
            cells = cells[:2]
            t = cells[0].text + " " + cells[1].text
            texts = [c.text for c in cells]
        if len(cells) == 2 and _ns(texts[0] + texts[1]) == _ns(t):
            two_cells[len(rows)] = (texts[0], texts[1])
            post_x[len(rows)] = cells[1].x0
            name_x[len(rows)] = cells[0].x0
        rows.append((t, ln.page))
    for row_no, (text, page) in enumerate(rows):
        if row_no in two_cells and _two_cell_entry(*two_cells[row_no], page, known_orgs, out):
            continue
        before = len(out)
        _row_entries(text, page, known_orgs, out)
        if row_no in two_cells and len(out) == before + 1:
            # "Michael Cross | Law Society Gazette": the second cell is the organisation unless it
            # names a post
            name_cell, other = two_cells[row_no]
            name, role, org, pg = out[-1]
            own = _person_from_piece(name_cell)  # "Claire Smith (Secretariat)": a note of its own
            if own and _ns(own[0]) == _ns(name) and not ROLE_NOTE.search(other):
                out[-1] = (name, own[1], other.strip(), pg)
    return out


def _body_line(t: str, lead: tuple[str, str]) -> bool:
    """ "Indigenous Wellness Council" under an Elder's name: two capitalised words and a body's word,
    untitled, are the body someone speaks for (a post's line in attendance columns), no person."""
    return not HONORIFIC_RE.match(t) and lead[1] in _BODY_NOUNS


# The class or constituency a member sits for, printed after the name ("Callum Fairweather Staff –
# Nursing & Midwifery", "Mr Desmond Okafor Public – Harbury North": councils of governors; "Cllr S
# Venn Appointed Member – ...": drainage boards): never a third word of the name
MEMBER_CLASS_WORDS = {
    "Staff", "Public", "Appointed", "Elected", "Nominated", "Co-opted", "Independent", "Partner",
    "Student", "Parent", "Foundation", "Lay",
}  # fmt: skip


# A post printed on the line under its holder's name is at most this many words (the read
# Pacific boards' "Chairman", "Deputy Chairperson", "Board Member")
MAX_POST_UNDER_NAME_WORDS = 4


# the nouns a body's name ends in (a firm's or a service's word after a name, "Zoe Sherry
# Healthwatch", is a person and their organisation)
_BODY_NOUNS = {"Council", "Circle", "Committee", "Board", "Forum", "Network", "Association", "Society",
               "Commission", "Authority", "Agency", "Ministry", "Department"}  # fmt: skip


# Letters after a name in a name cell: "Dame Hilary Okonkwo-Bell DBE", "Prof. Nigel Strachan FRICS",
# "Mrs Anwen Gallagher ACA" (honours and professional bodies, as board minutes print them)
_TRAILING_LETTERS = re.compile(r"(?:,?\s+[A-Z]{2,6}\b\.?)+\s*$")


def _two_cell_entry(
    name_cell: str,
    other: str,
    page: int,
    known_orgs: list[str],
    out: list[tuple[str, str | None, str | None, int]],
) -> bool:
    """A row set out as "name | post" cells ("Mrs Marisa Kowalczyk | Director of Property
    Services (DPS)", "Mrs Valerie Coughlan | Chair, Tenants' Scrutiny Panel": board minutes'
    attendance tables): the person from the name cell, the post from the other, read as a note
    (role, organisation after its last comma). False when the cells are not so, or when the
    post ends in an organisation the table names on other rows too (a name | post | organisation
    table whose last two cells the layout joined: the row reader splits those by the learned
    names)."""
    # ("Mr. H. Noor | – Member": the dash between name and post set in the post's cell)
    other = re.sub(r"^[–—-]\s+", "", other.strip())
    if not ROLE_NOTE.search(other) or _leading_name(other) or HONORIFIC_RE.match(other):
        return False
    if any(other == org or other.endswith(" " + org) for org in known_orgs):
        return False
    own = _person_from_piece(_TRAILING_LETTERS.sub("", name_cell.strip()))
    if own is None or len(own[0].split()) < 2:
        return False
    role, org = _paren_role_org(other)
    if own[1]:
        role = f"{role} ({own[1]})" if role else own[1]
    out.append((own[0], role, org or own[2], page))
    return True


def _side_by_side(text: str) -> list[str] | None:
    """ "Cllr R. Ashdown (Chair) Kestrel County Council Cllr C. Marlow Kestrel County Council":
    two name | council pairs of a membership table set in two column pairs on one line (English
    combined fire authorities' and joint committees' minutes), parted where a title starts the
    second name. None unless each part opens with a title and a name."""
    if "," in text or ";" in text or " and " in text or not HONORIFIC_RE.match(text):
        return None
    cuts = [
        m.start(1)
        for m in re.finditer(r"(?<=[\w)])\s+((?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z])", text)
        if not HONORIFIC_RE.fullmatch(text[: m.start(1)].strip() + " ")
        # "... Substitute for Cllr Alan Prothero": the person stood in for, not a second column
        and not re.search(r"\b(?:for|of|to|by|with)$", text[: m.start(1)].strip(), re.I)
    ]
    if not cuts:
        return None
    parts = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    if not all(_leading_name(p) and len(p.split()) >= 3 for p in parts):
        return None
    return parts


# When someone came or went, after a dash beside the name: "Ms Joanne Pickering – from item 5" (the
# post on the next line), "Dr A Shah - until item 7.2", "Mr B Cole – left after item 9" (NHS
# committee minutes); not part of the post
_DASHED_MOVEMENT = re.compile(
    r"\s+[–-]\s+(?:from|until|to|after|before|(?:left|joined|arrived)(?:\s+(?:at|after|for|during))?)\s+"
    r"(?:agenda\s+)?(?:items?|minutes?)\s+\d+(?:\.\d+)*[a-z]?(?:\s+only)?\b",
    re.I,
)


# Honours and professional letters ending a name before a dash: "Catherine Ojukwu QPM – ..."
_TRAILING_HONOURS = re.compile(rf"(?:,?\s+(?:{POSTNOMINAL_WORDS})\b\.?)+$")
# A name, a dash with spaces, then the post: "Naomi Strand – Director of Finance and Resources, ..."
# ... or a hyphen with spaces as the dash, the name's honours before it: "Eng. Peter Mutai, OGW -
# Chairperson" (typed minutes of East African and South Asian boards list "Name - Post" so)
_NAME_THEN_POST = re.compile(rf"^([^–—,()]+?(?:,?\s+(?:{POSTNOMINAL_WORDS})\b\.?)*)\s+[–—-]\s+(\S.*)$")
# ... with a note after the name: "Cllr Raj Bhogal (Vice-Chair) – Kidderport MBC" (the role in
# brackets, the member's council after the dash: combined authorities' committee minutes)
_NAME_NOTE_THEN_POST = re.compile(r"^([^–—,()]+?)\s*\(([^()]*)\)\s+[–—]\s+([^()]*\S)$")


_ROW_END_STOP = re.compile(r"(?<![JS]r)(?<=[a-z]{2})\.$")


def _row_entries(
    text: str, page: int, known_orgs: list[str], out: list[tuple[str, str | None, str | None, int]]
) -> None:
    """The people of one row of an attendance block, added to `out`."""
    text = POSTNOMINAL.sub("", re.sub(r"\s+", " ", text).strip())
    text = _DASHED_MOVEMENT.sub("", text)
    # "Apologies: Mr Henry Lau Kee.": the sentence's full stop after the last name, not the name's
    # (a suffix's stop stays: "Jr.", "Sr.")
    text = _ROW_END_STOP.sub("", text)
    if (
        (title := _TITLE_BEFORE_STYLE.match(text))
        and title.group(1) not in ROLE_WORDS | TITLE_WORDS | ORG_WORDS | NON_NAME
        and not HONORIFIC_RE.match(text)
    ):
        # "Fonoti Dr. Peniamina Tanuvasa": a chiefly (matai) title before the style, which is
        # dropped; the title stays the name's (Samoan and other Pacific bodies' minutes)
        text = title.group(1) + " " + text[title.end() :]
    if (styles := HONORIFIC_RE.match(text)) and "(" in styles.group(0):
        # "Dr. (Smt.) Lata Venkatesh – Professor ...", "Alhaji (Dr.) Musa Bello – Chairman": the
        # second style's brackets are no note
        text = styles.group(0).replace("(", "").replace(")", "") + text[styles.end() :]
    if _PEER.fullmatch(text):
        out.append((text, None, None, page))
        return
    held = _post_then_name(text) or _post_then_styled_name(text)
    if held:
        out.append((*held, page))
        return
    lab = _POST_LABEL.match(text)
    if lab and _leading_name(text[lab.end() :]):
        # "Chair: Doug Van Kessel (Norfolk County)": the row after the label, the label its post
        got: list[tuple[str, str | None, str | None, int]] = []
        _row_entries(text[lab.end() :], page, known_orgs, got)
        if len(got) == 1:
            name, role, org, at = got[0]
            out.append((name, f"{lab.group('post')}, {role}" if role else lab.group("post"), org, at))
            return
    side = _side_by_side(text)
    if side:
        for part in side:
            _row_entries(part, page, known_orgs, out)
        return
    noted = re.match(r"^([^(),]*)(\([^()]*\))\s+([A-Z][^()]*)$", text)
    if (
        noted
        and HONORIFIC_RE.match(text)
        and _is_name(noted.group(1).strip(), allow_single=True)
        and set(noted.group(3).split()) & ORG_WORDS
    ):
        # "Cllr R. Ashdown (Chair) Kestrel County Council": name and note, then the council
        p = _person_from_piece(noted.group(1) + noted.group(2))
        if p:
            role, org = _split_role_org(noted.group(3), known_orgs)
            out.append((p[0], p[1] or role, p[2] or org, page))
            return
    if len(couple := _couple(text)) > 1:
        for piece in couple:
            p = _person_from_piece(piece)
            out.append((*p, page) if p else (strip_honorifics(piece), None, None, page))
        return
    office = _OFFICE_TITLE.match(text)
    if office:
        # "Councilmember Grace Hsu (arrived at 6:19 p.m.)": the office is the role
        people = _titled_people(_split_list(text))
        if people:
            out.extend((*p, page) for p in people)
            return
        # "Mayor Rowena Castell | Severnmoor Combined Authority | Mayor (Chair)": a titled mayor in
        # a name | organisation | role table row (English combined authorities' minutes)
        lead = _leading_name(text[office.end() :])
        if lead:
            role, org = _split_role_org(lead[1], known_orgs)
            out.append((lead[0], role or _office(office.group(0).strip()), org, page))
            return
    noted_dash = _NAME_NOTE_THEN_POST.match(text)
    lead = _leading_name(_TRAILING_HONOURS.sub("", noted_dash.group(1))) if noted_dash else None
    if noted_dash and lead and not lead[1] and not _is_name(noted_dash.group(3)):
        p = _person_from_piece(f"{noted_dash.group(1)}, {noted_dash.group(3)}")
        note_role, note_org = _paren_role_org(noted_dash.group(2))
        if p and note_role and not note_org:
            role = f"{p[1]} ({note_role})" if p[1] else note_role
            out.append((p[0], role, p[2], page))
            return
    named = _NAME_THEN_POST.match(text)
    lead = _leading_name(_TRAILING_HONOURS.sub("", named.group(1))) if named else None
    if named and lead and not lead[1]:
        # the part before the dash is a name and nothing more ("Callum Fairweather Staff – Nursing"
        # is a name, then a constituency and its class: councils of governors)
        # "Simon Lavery – Deputy Chief Constable", "Andrea Mistry – Chief Executive, OPCC": the name,
        # a dash, the post (police and crime commissioners' boards, licensing sub-committees)
        p = _person_from_piece(f"{_TRAILING_HONOURS.sub('', named.group(1))}, {named.group(2)}")
        post_like = not _is_name(named.group(2)) or (
            _post_tail(named.group(2)) and not _post_tail(named.group(1))
        )
        if p and post_like:
            out.append((*p, page))
            return
    if (
        named
        and lead
        and lead[1]
        and (HONORIFIC_RE.match(named.group(1)) or _THIRD_NAME_WORD.fullmatch(lead[1]))
        and _is_name(named.group(1))
        # ... but not a post or a constituency after the name, a cell of their own in the row
        # ("Cllr S Venn | Appointed Member – South Fenland District Council": drainage boards;
        # "Mr Desmond Okafor | Public – Harbury North": councils of governors)
        and not _post_tail(lead[1])
        and not any(
            w.strip(",.") in ROLE_WORDS or w.strip(",.") in MEMBER_CLASS_WORDS for w in lead[1].split()
        )
    ):
        # "YBhg. Datuk Jeffrey Ong Boon Hock – Board Member": a titled name of more words than the
        # name reader takes untitled (Chinese, Malay and other names of three or four words), the
        # whole of it before the dash, then the post
        if not _is_name(named.group(2)):
            out.append((strip_honorifics(named.group(1)), named.group(2).strip(), None, page))
            return
    dash = _dash_line(text)
    if dash:
        out.extend((n, r, o, page) for n, r, o in dash)
        return
    plural = PLURAL_TITLE.match(text)
    if plural and ("," in text or " and " in text):
        # "Cllrs Howells, Mrs Kay and Ms McDonagh": surnames under one plural title
        for piece in _split_list(text[plural.end() :]):
            piece = f"Mr {piece}" if re.fullmatch(r"[A-Z][\w'’-]+", piece.strip()) else piece
            p = _person_from_piece(piece)
            if p:
                out.append((*p, page))
        return
    if (tier := TIER_TITLE.match(text)) and not tier.group("plural"):
        p = _person_from_piece(text)
        if p:
            out.append((*p, page))
            return
    pieces = _split_list(text)
    if len(pieces) >= 2 and not dash and not _one_person_row(text):
        # a list on its own line under its label: "Lesley Wharton, Supt Sharon Cooney and ..."
        people = [_person_from_piece(x) for x in pieces]
        if all(people) and all(len(p[0].split()) >= 2 or p[1] is None for p in people if p):
            found = [p for p in people if p]
            _share_group_org(text, found)
            out.extend((*p, page) for p in found)
            return
    segs = [x.strip() for x in text.split(",")]
    if len(segs) >= 3 and _is_name(segs[-1]) and not _is_name(segs[0]):
        out.append((strip_honorifics(segs[-1]), segs[0], ", ".join(segs[1:-1]) or None, page))
        return
    if "(" in text or "," in text:
        head = re.split(r"[,(]", text, maxsplit=1)[0]
        lead = _leading_name(head)
        if lead and set(lead[1].split()) & (ROLE_WORDS | TITLE_WORDS):
            # "Cr Lorraine Baxter-Hale Shire President (Presiding Member)": a name | post row whose
            # cells the text runs together; the title allows post words in a name, so split here
            pass
        elif _is_name(head, allow_single=bool(HONORIFIC_RE.match(head))):
            p = _person_from_piece(text)
            if p:
                out.append((*p, page))
                return
    lead = _leading_name(text)
    if lead is None:
        if _is_name(text, allow_single=bool(HONORIFIC_RE.match(text))):
            out.append((strip_honorifics(text), None, None, page))
        return
    name, rest = lead
    if (
        _THIRD_NAME_WORD.fullmatch(rest)
        and rest not in ROLE_WORDS | ORG_WORDS | TITLE_WORDS | NON_NAME
        and not HONORIFIC_RE.match(text)  # (a titled name's third word: _leading_name's own rule)
        and not HONORIFIC_RE.match(rest + " ")
        and _is_name(text)
    ):
        # "Tuiloma Ioane Leota", "Leaupepe Saumani Fa'alogo" alone on the row (the post on the line
        # below): a name of three words, a chiefly title or second given name before the surname
        # (Samoan, Tongan and other Pacific boards; Spanish double surnames)
        name, rest = text.strip(), ""
    # "Prof. (Dr.) Suresh Nair – Dean ...": the dash between the name and the post is neither's
    role, org = _split_role_org(re.sub(r"^[–—-]\s+", "", rest), known_orgs)
    out.append((strip_honorifics(name), role, org, page))


def _continues(row: str, t: str, known_orgs: list[str]) -> bool:
    """Whether line `t` carries on the previous row (a wrapped cell) rather
    than being stray text (a table heading, an agenda line) to drop."""
    row = row.rstrip()
    if re.search(r"(?:\band|\bof|\bfor|&|,|\(|-|–|:)$", row) or row.count("(") > row.count(")"):
        return True
    # "Mr A Martin (Chairman); ... Mrs A Prescott; Mrs J" + "Coleman; Mr J Carey; ...": a run-in
    # list of people wrapped inside a name or after its separator (parish and panel minutes print
    # "Present:" so), whose next line carries on the list
    if re.search(rf"[;,]\s*(?:{HONORIFIC}\s+)+(?:[A-Z]\.?\s*){{0,3}}$|;$", row) and re.match(
        r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*(?:\([^)]*\)\s*)?[;,]", t
    ):
        return True
    if t.startswith("(") or t[:1].islower():
        return True
    if re.fullmatch(rf"(?:(?:{POSTNOMINAL_WORDS})\b\.?\s*)+(?:\(.*)?", t):
        return True  # "Professor Dame Alison Pryce-Whitley" / "DBE FSA (Chair)": the letters wrapped
    words = {w.strip(",()") for w in t.split()}
    if words & (ORG_WORDS | ROLE_WORDS | TITLE_WORDS):
        return True
    return any(org.startswith(t) or t in org for org in known_orgs)


def _is_group_heading(t: str) -> bool:
    bodies = find_bodies(t)
    t = t.strip()
    if _leading_name(t):
        return False
    return (
        bool(bodies)
        and t.startswith(bodies[0].split()[0])
        and len(" ".join(bodies)) >= len(t) - 12
        and not HONORIFIC_RE.match(t)
    )


# "..., and an apology for lateness from Cr Kingi": who came late is at the meeting, not away (New
# Zealand and Australian councils' apologies sentences)
# ... also when the name comes first: "..., and the apology from Cr Susan McAllister for lateness"
_LATENESS = re.compile(
    r",?\s+(?:and\s+)?(?:an?\s+|the\s+)?apolog(?:y|ies)\s+(?:(?:from|of)\s+[^,;]+?\s+)?"
    r"for\s+(?:lateness|late\s+arrival)\b.*$",
    re.I,
)
# "the apology from Cr Lance Pirie for absence": what the apology is for, after the name
_FOR_ABSENCE = re.compile(r"\s+for\s+(?:absence|non-attendance)$", re.I)
# Lines an apologies sentence in a minute item is read over
APOLOGY_SENTENCE_LINES = 5
APOLOGIES_IN_TEXT = re.compile(
    # "No apologies were received from ..." names who did NOT send apologies
    r"(?<!\bno )(?<!\bNo )(?<!\bNO )"
    # "were received from", "were received and accepted from" (English town and parish councils),
    # "had been given by", "were tendered by"
    # ... or one apology: "An apology for absence was received from Councillor H. Greaves" (English
    # district councils' cabinets)
    # ... or a leave of absence asked for: "applications for leave of absence had been received from
    # Cllr A (ANC) and Cllr B (IFP)" (South African municipal councils), "requests for leave of
    # absence were received from ..." (councils that grant leave rather than note apologies)
    r"\b(?:apolog(?:ies|y)|(?:applications?|requests?)\s+for\s+leave\s+of\s+absence) "
    r"(?:for absence )?(?:were|was|had been|have been) "
    r"(?:received|given|submitted|tendered|noted)(?: and (?:accepted|noted|approved))? (?:from|by)\s+(.+?)"
    # the sentence's full stop, not an initial's ("Cllr R. Dunn")
    r"(?:(?<!\b[A-Z])\.\s|\.$|$)"
    # "That the apologies from Cr Dean Wickliffe be accepted" (New Zealand and Australian councils'
    # resolutions), "RESOLVED that the apology of Cllr Bell be received", "apologies from A and B
    # were noted"; "That the apology received from Cr Margaret ... be accepted" (the same, the
    # apology's receipt said in the resolution)
    r"|(?<!\bno )(?<!\bNo )\bapolog(?:y|ies) (?:for absence )?(?:(?:received|tendered|submitted) )?(?:from|of)\s+(.+?)\s+"
    r"(?:be|are|were|was|is|had been)\s+(?:accepted|received|noted|sustained|approved)\b"
    # a leave of absence granted in a minute, no apology named: "The Board granted leave of absence
    # to Shri Harish Pawar." (Indian companies' boards), "Leave of absence was granted to Cr Bell"
    # (Australian and New Zealand councils' resolutions)
    r"|\b(?:granted\s+(?:a\s+)?leave\s+of\s+absence|leave\s+of\s+absence\s+(?:(?:was|were|be|is|had\s+been)\s+)?"
    r"granted)\s+to\s+(.+?)(?:(?<!\b[A-Z])(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSmt)(?<!\bKum)(?<!\bEng)(?<!\bAdv)"
    r"(?<!\bProf)(?<!\bMohd)\.\s|\.$|$)",
    re.I,
)


# "Absent: Councilmember Grace Hsu (arrived at 6:19 p.m.)": a member marked absent at the roll
# call who came later (US city council minutes) attended the meeting
_ARRIVED = re.compile(r"\barrived\b", re.I)
# a person's own note that they were there, under a list of the absent: "(present)"
# ... or after a comma, another note in brackets kept: "Student Board Member: A (non-voting), present"
# (read as "Student Board Member (present (non-voting))": US school boards' rolls)
_OWN_PRESENT = re.compile(
    r"(?:\s*[–—-]\s*|\s*,\s*|\s*\(\s*|^)present\s*(?:\((?P<note>[^()]{1,40})\))?\s*\)?\s*$", re.I
)
# a member's late arrival told in a sentence, not a bracket: "arrived at 6:14 p.m. during item 4.1"
_LATE_MEMBER = re.compile(r"^(?:arrived|joined the meeting)\s+at\b")
# A note of when someone came or went, printed where a post would be: "(arrived 4.14pm, during
# Item 10.1.1)" (Australian councils), "(left at 7:15 p.m.)" (Canadian townships), "joined at item 5"
# ... or in a bracket after the post or organisation: "Chief Building Official (left at 7:15 p.m.)"
# (Canadian townships), "Non-Executive Director (joined during minute BiC/25/066)" (NHS boards in
# common), "Eskdale and Lune Borough Council (from minute 6/25)" (national park authorities)
_MOVEMENT_BRACKET = re.compile(
    # "(for item 5)", "(for items 6-8)": the part of the meeting attended (school governing bodies)
    r"\s*\((?:arrived|left|joined|departed|(?:from|until|for)\s+(?:minute|item))s?\b[^()]*\)\s*$",
    re.I,
)
_REMARK_BRACKET = re.compile(r"\s*\([a-z][^()]*\)\s*$")
# the status said again after the post: "(excused)", "(absent)" (US boards' rolls)
# ... or alone where a post would be: "Edward Crossley-Hunt (accepted)" under "Apologies:" (English
# academy trusts and school governing boards record whether the apologies were accepted)
_STATUS_REMARK = re.compile(
    r"(?:\s*\((?i:excused|unexcused|absent|apologies|regrets|accepted)\)|^(?i:excused|unexcused|accepted))\s*$"
)
# ("from minute FRA/25/28": fire authorities and university senates number minutes, not items)
_MOVEMENT_NOTE = re.compile(
    r"^\(?\s*(?:arrived|left|joined|departed|(?:from|until|after|before)\s+(?:item|minute|agenda\s+item)s?)\b|"
    # "(from 6.14pm)", "(until 8:30 p.m.)": the time a member came or went (Australian councils)
    r"^\(?\s*(?:from|until|after|before)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)",
    re.I,
)


# A key to the initials an attendance list uses: "Present MO (Chair), TK, RP" over "Key: MO –
# Margaret Oduya, Chair" / "DF – Desmond Fairclough, Treasurer" ... (English housing associations'
# and charities' board minutes, where the minutes refer to everyone by initials); entries may sit
# several to a line and wrap after the comma
_KEY_LABEL = re.compile(r"^\s*key\s*(?::|[-–])\s*", re.I)
_KEY_ENTRY = re.compile(
    r"(?:^|\s)(?P<initials>[A-Z]{2,4})\s+[–-]\s+(?P<name>[A-Z][^,–]+?),\s*(?P<role>.*?)"
    r"(?=\s+[A-Z]{2,4}\s+[–-]\s|$)"
)
# Lines a key runs over at most
KEY_LINES = 20


# The seat a member holds, in brackets after the name: "(District 2)", "(Ward 4)", "(At-Large)"
# (US county commissions and city councils); with the group's title it is the member's role
# ... or written before its kind, as an ordinal: "First District", "Fifth Ward", "2nd Division" (US
# county boards' supervisors and city councils' aldermen list their seats so)
_ORDINAL_SEAT = (
    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|"
    r"\d{1,2}(?:st|nd|rd|th))\s+(?:Supervisorial\s+)?(?:District|Ward|Division|Precinct)"
)
_CONSTITUENCY = re.compile(
    rf"^(?:(?:District|Ward|Division|Precinct|Seat|Position)\s+\w+|At[- ]Large|{_ORDINAL_SEAT})$", re.I
)


def _initials_key(lines: list[Line]) -> dict[str, tuple[str, str | None]]:
    """Initials -> (name, role) from a key under the attendance list (see _KEY_LABEL)."""
    for k, ln in enumerate(lines[:140]):
        m = _KEY_LABEL.match(ln.text)
        if not m:
            continue
        run = [ln.text[m.end() :]]
        for nxt in lines[k + 1 : k + 1 + KEY_LINES]:
            t = nxt.text.strip()
            if STOP_BLOCK.match(t) or nxt.heading:
                break
            run.append(t)
        text = " ".join(run)
        key = {}
        for e in _KEY_ENTRY.finditer(text):
            name = strip_honorifics(e.group("name"))
            if _is_name(name):
                key[e.group("initials")] = (name, e.group("role").strip(" ,.;") or None)
        return key
    return {}


def _with_key(text: str, key: dict[str, tuple[str, str | None]]) -> str:
    """An attendance line's initials written out from the key: "MO (Chair), TK" -> "Margaret
    Oduya (Chair), Theresa Kilbride"."""
    return re.sub(r"\b[A-Z]{2,4}\b", lambda m: key[m.group(0)][0] if m.group(0) in key else m.group(0), text)


# "..., who was represented by ...", "... , who had sent a deputy": a clause about the person, not a list
# ... up to the next person of the list (", and Councillor B", "; from ...") or the end
_RELATIVE_CLAUSE = re.compile(r",?\s+(?:for\s+|by\s+)?(?:who|which|whom)\s+.*?(?=,\s+and\s|;|$)")
# "... (Board member) and from Daniel Okafor", "...; from Mr Dev Patel": each "from" opens a person
_FROM_SPLIT = re.compile(r"\s*(?:;\s*|,?\s+)(?:and\s+)?from\s+")


def _is_post(piece: str) -> bool:
    return piece[:1].isupper() and any(w in ROLE_WORDS | TITLE_WORDS for w in piece.split())


_TITLE_BEFORE_STYLE = re.compile(
    r"^([A-Z][a-z]+(?:['’-][A-Za-z]+)*)\s+(?:Dr|Prof|Rev|Revd|Fr)\.?\s+(?=[A-Z][a-z])"
)
_THIRD_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Za-z]+)*")
_FOLLOWING_HEAD = re.compile(r"^the\s+following\b[^:]*:\s*", re.I)
_LIST_NUMBER = re.compile(r"(?:(?<=^)|(?<=[;,:]\s)|(?<=\sand\s))\(\d{1,2}\)\s+")


def _apology_sentence_people(text: str) -> list[tuple[str, str | None, str | None]]:
    """The people of "Apologies were received from ...": "Dr C Maguire, Medical Director, ...; from
    Mr Dev Patel" (post after the name), "from the Chief Constable, Rachel Okafor, who was
    represented by ..." (post before the name), "Elspeth Carrow (Board member) and from Daniel
    Okafor, Director of ..." (NHS, police and public bodies' minutes giving apologies in prose)."""
    names: list[tuple[str, str | None, str | None]] = []
    # "the following members, who had intimated their inability to attend: (1) Dr. A, post; (2)
    # Adv. B, post": the list after the colon, its numbers dropped (Indian universities' syndicates
    # and companies' boards)
    text = _FOLLOWING_HEAD.sub("", text.strip())
    text = _LIST_NUMBER.sub("", text)
    for chunk in _FROM_SPLIT.split(text.strip()):
        chunk = _RELATIVE_CLAUSE.sub("", chunk)
        post: str | None = None  # a post before the name it belongs to
        plural = PLURAL_TITLE.match(chunk)
        if plural:
            # "Councillors Bolton, Crabtree and Rahman": surnames under one title
            surnames = [_titled_surname(x) for x in _split_list(chunk[plural.end() :])]
            names.extend(_titled_people(surnames, _office(plural.group(0))))
            continue
        for piece in _split_list(chunk):
            piece = re.sub(r"^(?:and\s+)?(?:from\s+)?(?:the\s+)?", "", piece.strip())
            piece = _FOR_ABSENCE.sub("", piece)
            p = _person_from_piece(piece)
            if p:
                # "(personal commitment)", "(illness)": the reason for the apology, not a post
                role = None if (p[1] or "")[:1].islower() else p[1]
                names.append((p[0], role or post, p[2]))
                post = None
            elif _is_post(piece):
                if names and names[-1][1] is None and post is None and not chunk.startswith(piece):
                    names[-1] = (names[-1][0], piece, names[-1][2])  # "..., Medical Director,"
                else:
                    post = piece
    return names


# "A (Chair), B, C and D – Independent Members": the post of everyone in the list, after it
_TRAILING_GROUP = re.compile(r"\s+[–—-]\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*s)\s*$")


def _take_trailing_group(block: _Block) -> None:
    """A comma list ending with its members' shared post after a dash ("Mrs A Fairweather
    (Chair), Mr R Banerjee and Mr K Doherty – Independent Members" in joint audit committees'
    minutes; "... – Non-Executive Directors", "... – Councillors"): the post becomes the
    block's role, in the singular, and leaves the last name."""
    if not (block.inline and block.lines and block.role is None):
        return
    m = _TRAILING_GROUP.search(block.lines[-1].text)
    if not m or "," not in " ".join(ln.text for ln in block.lines):
        return
    words = m.group(1).split()
    if not any(w.rstrip("s") in ROLE_WORDS | TITLE_WORDS or w in ROLE_WORDS for w in words):
        return
    block.role = " ".join(words[:-1] + [re.sub(r"s$", "", words[-1])])
    last = block.lines[-1]
    block.lines[-1] = replace(last, text=last.text[: m.start()])


# The header row of an action log printed after the minutes' business: "Ref. | Minute | Action |
# Responsible | Target date | Status", "No. | Action | Owner | Due", "Action | By whom | By when"
# (Caribbean, Pacific and English boards close their minutes with one). Its cells are no roll: a
# post wrapped in the Responsible column ("Executive" / "Director") is not an "Executive" label.
_ACTION_LOG_HEAD = re.compile(
    r"\baction(?:s|\s+(?:required|agreed))?\b.{0,60}?\b(?:responsib\w*|owner|lead|who|by\s+whom|assigned\s+to)\b"
    r".{0,40}?\b(?:target(?:\s+date)?|due(?:\s+date)?|by\s+when|deadline|timeline|time\s*frame|status)\b",
    re.I,
)
# An action log's header row holds at most this many words (a sentence naming an action, its
# owner and its date is prose, not a header)
ACTION_LOG_HEAD_WORDS = 12


def _before_action_log(lines: list[Line]) -> list[Line]:
    """The lines before an action log's header row (see _ACTION_LOG_HEAD), when one follows
    the roll; all the lines when none does."""
    for k, ln in enumerate(lines):
        if k and "ction" in ln.text and len(ln.text.split()) <= ACTION_LOG_HEAD_WORDS:
            if _ACTION_LOG_HEAD.search(ln.text):
                return lines[:k]
    return lines


# A member marked absent at the roll call whose late arrival a sentence under the roll tells:
# "Councilmember Naomi Whitehorse | Absent" / "A quorum was present. Councilmember Whitehorse
# arrived at 6:21 p.m. during Item 6." (US city councils' and boards' minutes): at the meeting
_ARRIVED_SENTENCE = re.compile(
    r"\b(?:Councilmember|Council\s+Member|Councilor|Councillor|Commissioner|Trustee|Director|Supervisor|"
    r"Alderman|Alderwoman|Member|Mayor|Cr|Cllr|Mr|Ms|Mrs|Dr)\.?\s+(?:[A-Z][\w'’-]+\s+)?([A-Z][\w'’-]+)\s+"
    r"(?:arrived|joined\s+the\s+meeting)\s+at\b"
)
# Lines under the roll a late arrival is looked for in
ARRIVAL_LINES = 60


def _late_arrivals(found: list[Attendance], lines: list[Line]) -> list[Attendance]:
    """The members read as absent whose arrival a sentence under the roll tells, present (see
    _ARRIVED_SENTENCE); the rest unchanged."""
    arrived = {m.group(1) for ln in lines[:ARRIVAL_LINES] for m in _ARRIVED_SENTENCE.finditer(ln.text)}
    if not arrived:
        return found
    present = {a.name for a in found if a.status == "present"}
    return [
        replace(a, status="present")
        if a.status == "apologies" and a.name.split()[-1] in arrived and a.name not in present
        else a
        for a in found
    ]


# the fewest words a shortened repeat keeps ("Lau Kee"): a surname alone is no repeat
SHORTENED_REPEAT_WORDS = 2


def _shortened_repeat(name: str, status: str, found: list[Attendance]) -> bool:
    """The name of a person already found with the same status, written shorter: "Apologies: Mr
    Henry Lau Kee." in the header, then "Apologies were received from Mr Lau Kee" in the first
    minute (Pacific and Commonwealth boards' minutes repeat the apologies by title and surname).
    The name's words end an earlier name's words, which has more of them."""
    words = name.lower().split()
    if len(words) < SHORTENED_REPEAT_WORDS:
        return False  # a surname alone may be another person of that surname
    return any(
        a.status == status
        and len(a.name.split()) > len(words)
        and a.name.lower().split()[-len(words) :] == words
        for a in found
    )


def attendance_in(lines: list[Line], meeting: Meeting) -> list[Attendance]:
    out: list[Attendance] = []
    seen: set[tuple[str, str]] = set()
    lines = _before_action_log(lines)
    blocks = _blocks(lines)
    initials = _initials_key(lines)
    key_roles = {name: role for name, role in initials.values()}
    if initials:
        for block in blocks:
            block.lines = [replace(ln, text=_with_key(ln.text, initials)) for ln in block.lines]
    known = _learn_orgs([ln.text for b in blocks for ln in b.lines])
    # a roll naming members by surname alone: its short lists ("Excused: Dumas") are surnames too
    surname_roll = any(b.inline and b.lines and _surname_roll(_split_list(b.lines[0].text)) for b in blocks)
    for block in blocks:
        _take_trailing_group(block)
        # a name listed again (the apologies repeated in item 1, a member of both boards of a
        # meeting in common) is one person; the same name twice in a row ("Mr & Mrs D Blunt",
        # "Mrs M Harper, Mr M Harper") is two
        entries = _entries(block, known, surname_roll) + [
            (n, None, None, page) for n, page in block.first_names
        ]
        last: tuple[str, str] | None = None
        for name, role, org, page in entries:
            status = block.status
            if status == "apologies" and _ARRIVED.search(role or ""):
                status = "present"  # absent at the roll, arrived later: at the meeting
            elif status == "apologies" and (own := _OWN_PRESENT.search(role or "")):
                # "Members absent: A (excused)" / "Student Member: B (present)": a group under the
                # absent list whose own note says present (US school boards' roll calls)
                status = "present"
                role = (
                    " ".join(x for x in ((role or "")[: own.start()].strip(), own.group("note")) if x) or None
                )
            elif status == "apologies" and block.student_seat:
                status = "present"  # "Student Trustee: B (advisory vote)" after the absent list
            elif status == "in_attendance" and _LATE_MEMBER.match(role or ""):
                # "Councillor Gordon Fehr arrived at 6:14 p.m." after the staff and others: a
                # sentence on a member who came late (Canadian and US councils' header lists)
                status = "present"
            own = _OWN_STATUS.search(role or "") if status == "present" else None
            if own:
                status, role = "apologies", (role or "")[: own.start()].strip() or None
            key = (name.lower(), status)
            if key in seen and key != last:
                continue
            if _shortened_repeat(name, status, out):
                continue
            seen.add(key)
            last = key
            if role and block.role and (role[:1].islower() or _CONSTITUENCY.match(role)):
                role = f"{block.role} ({role})"  # "Mr Ciaran Deveney (remote)" under "Commissioners"
            elif org and role is None and block.role and _CONSTITUENCY.match(org):
                role, org = f"{block.role} ({org})", None
            # "Supervisor, Fifth District (excused)": the status again, not part of the post
            role = _STATUS_REMARK.sub("", role) or None if role else role
            if role and _MOVEMENT_NOTE.match(role):
                role = None  # "(arrived 4.14pm, during Item 10.1.1)": when they came, not a post
            role = _MOVEMENT_BRACKET.sub("", role) if role else role
            role = _without_initials(role, name)
            org = _MOVEMENT_BRACKET.sub("", org) if org else org
            # "Weirside Learning Trust (observing)": a remark in lower case is not the body's name
            org = _REMARK_BRACKET.sub("", org) if org else org
            if key_roles.get(name) and (role is None or role[:1].islower()):
                role = key_roles[name]  # the post from the key; "(minutes)" is what they did
            out.append(Attendance(name, role or block.role, org or block.org, status, meeting.date, page))
    out = _late_arrivals(out, lines)
    # apologies recorded in a minute item
    # (a block labelled apologies may hold none: "45. APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"
    # over the sentence that names them)
    if not any(a.status == "apologies" for a in out):
        for k, ln in enumerate(lines):
            # the sentence may run over the next lines: "Apologies were received from Dr C Maguire,
            # Medical Director, ...; from Mr Dev Patel, ...; and from Ms A Fontaine, ..." (NHS
            # committee minutes giving apologies in prose)
            para = " ".join(x.text.strip() for x in lines[k : k + APOLOGY_SENTENCE_LINES])
            m = APOLOGIES_IN_TEXT.search(para)
            if m and m.start() >= len(ln.text.strip()):
                m = None
            names: list[tuple[str, str | None, str | None]] = []
            if m:
                names = _apology_sentence_people(_LATENESS.sub("", next(g for g in m.groups() if g)))
            elif re.match(r"^\s*\d{1,3}\.?\s+apologies(?: for absence)?\s*$", ln.text, re.I):
                for nxt in lines[k + 1 : k + 12]:
                    t = nxt.text.strip()
                    if re.match(r"^\d{1,3}\.?\s", t) or re.match(r"^(none|nil)\.?$", t, re.I):
                        break
                    if ITEM_MARK.match(t):
                        continue
                    for piece in _split_list(t):
                        p = _person_from_piece(piece)
                        if p:
                            names.append(p)
            for name, role, org in names:
                key = (name.lower(), "apologies")
                if key not in seen:
                    seen.add(key)
                    out.append(Attendance(name, role, org, "apologies", meeting.date, ln.page))
            if names:
                break
    return out


def _ns(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _split_at(line: str, n_chars: int) -> tuple[str, str]:
    """Split `line` after its first `n_chars` non-space characters."""
    seen = 0
    for k, ch in enumerate(line):
        if not ch.isspace():
            seen += 1
            if seen == n_chars:
                return line[: k + 1].strip(), line[k + 1 :].strip()
    return line.strip(), ""


def column_lines(page: Page) -> list[str] | None:
    """The page's text lines with a two-column block of names (as in
    "Members: ... | Officials: ...") read column by column, or None when the
    page has no such block or no spans. Columns are found from the spans'
    boxes; the text itself is taken from the page text."""
    if not page.spans:
        return None
    rows: list[list] = []
    for ch in sorted(_chunks(clean_spans(page)), key=lambda c: (c.top, c.x0)):
        if rows and abs(rows[-1][0].top - ch.top) < 4:
            rows[-1].append(ch)
        else:
            rows.append([ch])
    for r in rows:
        r.sort(key=lambda c: c.x0)
    pairs = [r for r in rows if len(r) >= 2 and r[1].x0 - r[0].x1 > 30]
    if len(pairs) < 4:
        return None
    xs = sorted(r[1].x0 for r in pairs)
    # the right column's left edge: its lower quartile (a centred column's names start at
    # different x; the median would put its shortest names on the left)
    split = xs[len(xs) // 4] - 8
    # (left, right) text of each row of the block, spaces removed
    cells: list[tuple[str, str]] = []
    started = groups_beside = False
    for r in rows:
        two = r in pairs
        if not started and not two:
            continue
        if started and any(c.x0 < split - 4 and c.x1 > split + 12 for c in r):
            if len(cells) == 1:
                # a lone two-part row above the block (a running header: "NHS ... Board – Public"
                # beside "UNCONFIRMED"), then the heading across the page: not the block, look on
                started, cells = False, []
                continue
            break
        if started and groups_beside and len(r) == 1 and r[0].x0 < split and _is_label(r[0].text):
            break  # "In Attendance:" under the left group's names: the next list, across the page
        if not started:
            # "Non-Executive Members" beside "Executive Members": two groups of one list
            groups_beside = len(r) == 2 and all(_PEOPLE_GROUP.match(c.text.strip()) for c in r)
        started = True
        cells.append(
            (
                _ns("".join(c.text for c in r if c.x0 < split)),
                _ns("".join(c.text for c in r if c.x0 >= split)),
            )
        )
    # spaces removed: "HeatherSavory(Chair)", "MrAMartin(Chairman)", "MrsBMcGarry(Clerk)"
    name_re = re.compile(
        r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Sir|Lord|Professor|Prof|Cllr)\.?)?(?:[A-Z]\.?){0,3}[A-Z][a-z]+[A-Z]?[a-zA-Z'’\-]*"
    )
    if sum(1 for a, _ in cells if name_re.match(a)) < 3 or sum(1 for _, b in cells if name_re.match(b)) < 3:
        return None
    done = [[not a, not b] for a, b in cells]
    left: dict[int, str] = {}
    right: dict[int, str] = {}
    out_before: list[str] = []
    out_after: list[str] = []
    ci = 0
    for ln in (ln.rstrip() for ln in page.lines):
        while ci < len(cells) and all(done[ci]):
            ci += 1
        n = _ns(ln)
        hit = False
        if (left or right) and STOP_BLOCK.match(ln):
            ci = len(cells)
        if ci < len(cells) and n:
            # each column's cells come in order, either row by row or a whole column before the
            # other (a text layer that reads the left column down, then the right: charities'
            # "Trustees present | In attendance" lists), so a line is the next cell of either
            jl = next((j for j in range(ci, len(cells)) if not done[j][0]), None)
            jr = next((j for j in range(ci, len(cells)) if not done[j][1]), None)
            for j in range(ci, min(ci + 3, len(cells))):
                a, b = cells[j]
                if not done[j][0] and not done[j][1] and n == a + b:
                    left[j], right[j] = _split_at(ln, len(a))
                    done[j] = [True, True]
                elif not done[j][0] and n == a:
                    left[j] = ln.strip()
                    done[j][0] = True
                elif not done[j][1] and n == b:
                    right[j] = ln.strip()
                    done[j][1] = True
                else:
                    continue
                hit = True
                break
            if not hit and jl is not None and n == cells[jl][0]:
                left[jl], done[jl][0], hit = ln.strip(), True, True
            elif not hit and jr is not None and n == cells[jr][1]:
                right[jr], done[jr][1], hit = ln.strip(), True, True
        if hit:
            continue
        if left or right:
            ci = len(cells)
            out_after.append(ln)
        else:
            out_before.append(ln)
    if not left or not right:
        return None
    lcol = [left[k] for k in sorted(left)]
    rcol = [right[k] for k in sorted(right)]
    if all(_ROLL_STATUS_CELL.match(t) for t in rcol):
        return None  # "Member Lorraine DeWitt | Absent": a roll call's status beside each member
    # (or a group of the list's members heading the right column: "Non-Executive Members" beside
    # "Executive Members" under "Present:", NHS Scotland boards' minutes)
    if not any(pat.match(t) for t in rcol for _, pat in STATUS) and not _PEOPLE_GROUP.match(rcol[0]):
        return None  # a name | organisation table, not two lists side by side
    return out_before + lcol + rcol + out_after


# Rows further apart than this many text heights end a column block (names are set one a
# line, about 1.3 heights apart; a blank line before the next minute makes 2.3 or more).
MAX_ROW_GAP = 2.2


def _is_label(text: str) -> bool:
    t = text.strip().rstrip(":–- ").strip()
    if not t:
        return False
    if any((m := pat.match(t)) and not m.groups()[-1].strip() for _, pat in STATUS):
        return True
    # a label cell in another language or two ("Regrets", "Yn bresennol / Present", "HADIR /
    # PRESENT", "Staff / Guests"): read through the label vocabulary (see attendance_labels)
    english = english_label(t, _is_bare_label)
    return english != t and _is_bare_label(english.rstrip(": ") + ":")


# A gap between two letters wider than this share of the type size parts two words (letters of one
# word stand under 0.16 em apart, see layout.lines)
WORD_GAP_EMS = 0.2
# The first names may stand this many text heights below the label row (2.7 in Souldern's
# minutes, where the label row has a blank line under it).
LABEL_PITCH = 4.0
# Later rows end the block when further below the last (top to top) than this many times the
# block's usual row pitch: the first minute after a blank line is 2.0-2.7 pitches down in the
# Souldern and Transparency Board minutes, names are 1 pitch apart ...
ROW_GAP = 1.8
# ... and a second label row ("Apologies: | Apologies:") stands 2 pitches down.
LABEL_ROW_GAP = 2.5
# Staggered columns (rows of the two columns on different baselines) give tiny pitches; the
# pitch taken is at least this many text heights.
MIN_PITCH = 1.2
# Cells of two columns are this far apart at least (points): a gutter, not a word space.
MIN_GUTTER = 8.0


class _Spelling:
    """The page text without spaces and where each of its characters sits, built once a page."""

    def __init__(self, page_text: str):
        self.text = page_text
        self.idx = [k for k, ch in enumerate(page_text) if not ch.isspace()]
        self.squeezed = "".join(page_text[k] for k in self.idx)

    def respell(self, cell: str) -> str:
        """The cell as the page text spells it: PDFium's runs split words ("Byrn e"), the page
        text does not. The cell unchanged when the page text does not hold it on one line."""
        target = _ns(cell)
        at = self.squeezed.find(target) if target else -1
        if at < 0:
            return cell
        found = self.text[self.idx[at] : self.idx[at + len(target) - 1] + 1]
        return cell if "\n" in found else found


def _columns_of(cells: list[LayoutLine]) -> list[tuple[float, float]]:
    """Column extents: the union of the cells' horizontal ranges. Cells of one column
    overlap one another whether the column is left-aligned or centred; two columns are
    apart by a gutter."""
    spans: list[list[float]] = []
    for c in sorted(cells, key=lambda c: c.x0):
        if spans and c.x0 < spans[-1][1] + MIN_GUTTER:
            spans[-1][1] = max(spans[-1][1], c.x1)
        else:
            spans.append([c.x0, c.x1])
    return [(a, b) for a, b in spans]


def layout_label_columns(doc: Document, page_no: int) -> list[str] | None:
    """The page's lines with an attendance block set out in columns under labels
    read column by column, from the layout layer's cells. The family: parish,
    panel and board minutes that put "Present: | Members of the Public: |
    Apologies:" (or "Present: | Officials:", "Present: | Also in attendance:") on
    one row and the names in columns below, centred or left-aligned; a label may
    head two columns ("Also in attendance:" over two columns of residents) and a
    later label may start lower in one column ("Apologies:" under the councillors,
    "Guests:" under the members). The block ends at a wide vertical gap or a line
    of running text across the gutters. None when the page has no such block."""
    page = layout_of(doc).page(page_no)
    if not page.has_boxes:
        return None
    lines = page.lines
    head = None
    head_cells: list[LayoutLine] = []
    band: list[LayoutLine] = []
    for i, ln in enumerate(lines[:60]):
        cells = ln.cells()
        if len(cells) >= 2 and all(_is_label(c.text) for c in cells):
            head, head_cells, band = i, cells, [ln]
            break
        wrapped = _wrapped_label_row(lines, i)
        if wrapped:
            head_cells, band = wrapped
            head = i + len(band) - 1
            break
    if head is None:
        return None
    starts = [c.x0 for c in head_cells]
    rows: list[list[LayoutLine]] = [head_cells]
    height = max(lines[head].height, 1.0)
    last = lines[head]
    pitches: list[float] = []
    for j, ln in enumerate(lines[head + 1 :], head + 1):
        if not _WORD_CHAR.search(ln.text):
            continue  # an opening quote set on a baseline of its own ("“" of "Arturo “Art” Delgado")
        labelled = any(_is_label(c.text) for c in ln.cells())
        gap = ln.top - last.top
        if not pitches:
            if gap > LABEL_PITCH * height:
                break
        else:
            pitch = max(sorted(pitches)[len(pitches) // 2], MIN_PITCH * height)
            if gap > (LABEL_ROW_GAP if labelled else ROW_GAP) * pitch:
                break
        if last is not lines[head]:
            pitches.append(gap)
        if ln.numbered and ln.numbered.style == "dotted":
            break  # the first numbered minute ("11.17.01 Apologies" is a minute, not a label row)
        if (
            ln.heading
            and len(ln.cells()) == 1
            and not _is_label(ln.text)
            and not _leading_name(ln.text)
            and not _beside_columns(ln, lines[j + 1 : j + 2], starts, height)
        ):
            break  # "Minutes of previous meeting": the first minute's heading
        rows.append([part for c in ln.cells() for part in _split_at_starts(c, starts)])
        last = ln
    cols = _columns_of([c for r in rows for c in r])
    if len(cols) < 2:
        return None
    # a line of running text across a gutter ends the block (the columns are found again without it)
    for k, r in enumerate(rows[1:], 1):
        if any(c.x0 < a - MIN_GUTTER and c.x1 > a + MIN_GUTTER for c in r for a, _ in cols[1:]):
            rows = rows[:k]
            cols = _columns_of([c for r in rows for c in r])
            break

    def col_of(c: LayoutLine) -> int:
        return max(k for k, (a, _) in enumerate(cols) if c.x0 >= a - MIN_GUTTER / 2 or k == 0)

    # per column: [label, cells...] segments; a column without a label of its own takes
    # the label of the column to its left (one label over two columns)
    segments: list[list[list[str]]] = [[] for _ in cols]
    bottoms: dict[int, float] = {}  # id of a segment -> top of its lowest cell
    stray: dict[int, str] = {}  # per column: a quotation mark the layout set as a cell of its own
    merged: list[str] = []  # the cells a stray mark was put back into
    for r in rows:
        for c in sorted(r, key=lambda c: c.x0):
            k = col_of(c)
            if not re.search(r"\w", c.text):
                stray[k] = stray.get(k, "") + c.text.strip()
                continue
            if _is_label(c.text):
                segments[k].append([c.text.strip()])
                bottoms[id(segments[k][-1])] = c.top
                continue
            if not segments[k]:
                left = next((segments[j][-1][0] for j in range(k - 1, -1, -1) if segments[j]), None)
                if left is None:
                    return None  # names before any label: not a labelled block
                segments[k].append([left])
            if stray.get(k):
                merged.append(stray[k] + c.text.strip())
            segments[k][-1].append(stray.pop(k, "") + c.text.strip())
            bottoms[id(segments[k][-1])] = c.top
    if sum(1 for s in segments for seg in s if len(seg) > 1) < 2:
        return None
    ordered = [seg for s in segments for seg in s]
    # the lowest list last: it is the one that runs on over the page break ("Apologies" / "Mr Peter
    # Lindqvist" at the foot of the left column, his post and two more people on the next page,
    # under a right column that ended higher: NHS ICB committee minutes)
    lowest = max(ordered, key=lambda seg: bottoms.get(id(seg), 0.0))
    ordered = [seg for seg in ordered if seg is not lowest] + [lowest]
    spelling = _Spelling("\n".join(doc.page(page_no).lines))
    block = [spelling.respell(t) for seg in ordered for t in seg]
    if merged:
        # a cell a stray mark was put back into, as the page's own line spells it
        page_lines = {_jumbled(x): x.strip() for x in doc.page(page_no).lines}
        block = [page_lines.get(_jumbled(t), t) if t in merged else t for t in block]
    # the page text with the block's lines replaced by the block read column by column
    used = {_ns(c.text) for r in rows for c in r} | {_ns(" ".join(c.text for c in r)) for r in rows}
    used |= {_ns(ln.text) for ln in band}
    # ... and a name whose opening quotation mark the layout set as a cell of its own ("“" +
    # "Arturo Art” Delgado" for the page text's "Arturo “Art” Delgado"): the same characters
    jumbled = {_jumbled(t) for t in merged}
    return _page_with_block(doc.page(page_no).lines, used, block, jumbled)


def _beside_columns(ln: LayoutLine, after: list[LayoutLine], starts: list[float], height: float) -> bool:
    """Whether a line set like a heading is a cell of the block's columns: a designation under a
    name ("Chair, Audit and Finance Committee" under "Randall Zacharias", styled apart from the
    names) when it starts at a later column's label, or when the next line, within a row's
    pitch, holds a cell at another column's label (the columns run on beside it). Canadian
    health authorities' and other boards' "Directors Present | Regrets | Staff / Guests"
    columns print each post under its holder's name; the first minute's heading after the
    block stands at the left margin with no column beside it."""
    near = MIN_GUTTER / 2
    own = next((a for a in starts if abs(ln.x0 - a) <= near), None)
    if own is not None and own > starts[0] + near:
        return True
    for nxt in after:
        if nxt.top - ln.top > ROW_GAP * MIN_PITCH * height:
            return False
        return any(abs(c.x0 - a) <= near and a != own for c in nxt.cells() for a in starts)
    return False


# A label row whose middle label wraps over two lines, centred on the others' line: "Officers and
# advisers in" / "Members present | Apologies" / "attendance" (combined authorities' and NHS
# committees' three-column attendance). The band's lines stand within this many line heights
# of the first (two wrapped lines around a centred one: 1.5 heights on the one read)
WRAPPED_LABEL_BAND = 2.0


def _wrapped_label_row(lines: list[LayoutLine], i: int) -> tuple[list[LayoutLine], list[LayoutLine]] | None:
    """(label cells, band lines) when lines[i:] start a row of labels, one or more of them
    wrapped in its column over the band's lines; the wrapped cell is joined into one label."""
    first = lines[i]
    height = max(first.height, 1.0)
    band = [first]
    for ln in lines[i + 1 : i + 3]:
        if ln.top - first.top > WRAPPED_LABEL_BAND * height:
            break
        band.append(ln)
    if len(band) < 2:
        return None
    merged: list[list[LayoutLine]] = []
    for c in sorted((c for ln in band for c in ln.cells()), key=lambda c: c.x0):
        col = next((m for m in merged if c.x0 <= max(x.x1 for x in m) and min(x.x0 for x in m) <= c.x1), None)
        if col is None:
            merged.append([c])
        else:
            col.append(c)
    if len(merged) < 2 or all(len(m) == 1 for m in merged):
        return None
    cells: list[LayoutLine] = []
    for m in sorted(merged, key=lambda m: min(x.x0 for x in m)):
        m.sort(key=lambda x: x.top)
        text = " ".join(x.text.strip() for x in m)
        if not _is_label(text):
            return None
        cells.append(replace(m[0], text=text, x0=min(x.x0 for x in m), x1=max(x.x1 for x in m)))
    return cells, band


def _split_at_starts(cell: LayoutLine, starts: list[float]) -> list[LayoutLine]:
    """A cell that runs from one labelled column into the next, at a word gap too narrow for the
    layout to part them ("Cllr Graham Pettifer – Bromsgate Fiona Cartwright – Head of Skills"):
    split where a word starts at a label's left edge."""
    # (left-aligned columns only: the cell starts at a label's left edge too; under centred labels a
    # name's word may stand at the next label's edge by chance)
    if not any(abs(cell.x0 - a) <= MIN_GUTTER / 2 for a in starts):
        return [cell]
    spans = cell.spans
    for k in range(1, len(spans)):
        s, prev = spans[k], spans[k - 1]
        if any(abs(s.x0 - a) <= MIN_GUTTER / 2 and a > cell.x0 + MIN_GUTTER for a in starts) and (
            s.x0 - prev.x1 > WORD_GAP_EMS * em(s)
        ):
            return [
                line_from_spans(spans[:k], cell.page),
                *_split_at_starts(line_from_spans(spans[k:], cell.page), starts),
            ]
    return [cell]


_ATTENDED_TAIL = re.compile(r",?\s+(?:attended|was\s+in\s+attendance)\b[^;]*$")
_WORD_CHAR = re.compile(r"\w")


def _jumbled(text: str) -> str:
    """A line's characters in sorted order: the same key for two readings that order a cell's
    glyphs differently."""
    return "".join(sorted(_ns(text)))


def _page_with_block(
    lines: list[str], used: set[str], block: list[str], jumbled: set[str] | None = None
) -> list[str] | None:
    """The page's lines with those whose text is in `used` (or whose characters are those of one
    of `jumbled`) taken out and `block` put where the first of them stood; None when none of them
    is on the page."""
    before: list[str] = []
    after: list[str] = []
    placed = False
    for t in lines:
        n = _ns(t)
        if n and (n in used or (jumbled and _jumbled(n) in jumbled)):
            placed = True
            continue
        (after if placed else before).append(t)
    if not placed:
        return None
    return before + block + after


# A label ending in a status word, a group of people before it: "Voting Directors Present",
# "Non-Voting Directors (ex officio) Present", "Trustees Absent" (label cells of a form's rows)
_GROUP_STATUS_LABEL = re.compile(
    r"^(?P<group>.*?)\s*\b(?P<status>(?i:present|absent|in\s+attendance|attending|apologies|regrets|excused))\s*:?$"
)
# Label cells are short: a few words
LABEL_CELL_WORDS = 6
# ... and stand this many font sizes at least before the list's cell (a narrow label column's
# gutter is narrower than the two sizes that part a page's columns)
LABEL_CELL_GAP_SIZES = 1.0
# ... and a form of labelled rows has this many rows with an attendance label at least
LABEL_CELL_ROWS = 2


def _cell_label(text: str) -> str | None:
    """The label a label cell reads as, for the attendance reader ("Regrets" -> "Apologies:",
    "Voting Directors Present" -> "Present: Voting Directors:"); None when it is no label."""
    text = re.sub(r"\s+", " ", text).strip()
    english = english_label(text, _is_bare_label).rstrip(": ")
    if _bare_label_status(english) or _bare_label_status(english + ":"):
        return english + ":"
    m = _GROUP_STATUS_LABEL.match(text)
    if not m:
        return None
    status = english_label(m.group("status").capitalize(), _is_bare_label).rstrip(": ")
    group = re.sub(r"\s*\([^()]*\)", "", m.group("group")).strip(" ,/–-")
    if not (_bare_label_status(status) or _bare_label_status(status + ":")) or not _PEOPLE_GROUP.match(group):
        return None
    return f"{status}: {group}:"  # the group is the role of those with none of their own


def label_cell_rows(doc: Document, page_no: int) -> list[str] | None:
    """The page's lines with a form of labelled rows rewritten as "Label: list" lines, from the
    layout layer's cells. The family: a ruled table whose first column holds the labels, written
    without colons, and the second the people - "Voting Directors Present | Margaret ..., Robert
    ...", "Regrets | Joanne ...", "Staff / Guests | Patrick ..." (Canadian hospital and school
    boards, UK charities' and colleges' header forms). A label may run over lines of its cell
    ("Non-Voting Directors" / "(ex officio) Present"); the page text then sets the label's lines
    apart from the list's, or runs a label into the first name with no colon between. A row
    ends where its label is whole and the next line has a label cell of its own, or where a
    line has a label cell after lines of the list alone. None when the page has no such form, or
    when every label has its colon (the text reader parts "Label: list" lines itself)."""
    page = layout_of(doc).page(page_no)
    if not page.has_boxes:
        return None
    # each row: label lines, list lines, the layout lines it was read from
    rows: list[tuple[list[str], list[str], list[LayoutLine]]] = []
    label_x = list_x = 0.0
    for ln in page.lines[:60]:
        cells = ln.cells(LABEL_CELL_GAP_SIZES)
        pair = len(cells) == 2 and cells[1].x0 - cells[0].x1 >= MIN_GUTTER
        if not rows:
            # the first label, or its first line: a group whose status follows ("Voting Directors"
            # / "Present")
            first = cells[0].text.strip() if pair else ""
            if len(first.split()) <= LABEL_CELL_WORDS and (_cell_label(first) or _PEOPLE_GROUP.match(first)):
                label_x, list_x = cells[0].x0, cells[1].x0
                rows.append(([cells[0].text], [cells[1].text], [ln]))
            continue
        at = lambda c, x: abs(c.x0 - x) <= MIN_GUTTER / 2  # noqa: E731
        label_lines, list_lines, used = rows[-1]
        whole = _cell_label(" ".join(label_lines)) is not None
        if pair and at(cells[0], label_x) and at(cells[1], list_x):
            # a new row when the label so far is whole, or the line before held the list alone
            if whole or len(used[-1].cells(LABEL_CELL_GAP_SIZES)) == 1:
                rows.append(([cells[0].text], [cells[1].text], [ln]))
                continue
            label_lines.append(cells[0].text)
            list_lines.append(cells[1].text)
        elif len(cells) == 1 and at(cells[0], list_x):
            list_lines.append(cells[0].text)
        elif len(cells) == 1 and at(cells[0], label_x) and not whole:
            label_lines.append(cells[0].text)
        else:
            break
        used.append(ln)
    kept = []
    for label_lines, list_lines, used in rows:
        label = _cell_label(" ".join(label_lines))
        if label is None:
            break  # a row of another kind ("Date", "Venue") ends the attendance rows
        kept.append((label, label_lines, list_lines, used))
    if len(kept) < LABEL_CELL_ROWS or all(ll[-1].rstrip().endswith(":") for _, ll, _, _ in kept):
        return None
    spelling = _Spelling("\n".join(doc.page(page_no).lines))
    block: list[str] = []
    for label, _, list_lines, _ in kept:
        lst = [spelling.respell(t) for t in list_lines]
        block.append(f"{label} {lst[0]}")
        block.extend(lst[1:])
    # the page text with the form's lines replaced by its rows
    texts = {_ns(c.text) for *_, used in kept for ln in used for c in ln.cells(LABEL_CELL_GAP_SIZES)}
    texts |= {_ns(ln.text) for *_, used in kept for ln in used}
    return _page_with_block(doc.page(page_no).lines, texts, block)


# The labels a row of column heads is made of, for pages whose text runs cross the columns
_FLAT_LABEL = re.compile(
    r"(?:Present|Attendees|Apologies|Absent|Also present|Also in attendance|In attendance|Officials|Guests|"
    r"Officers|Secretariat|Members of the Public)\s*:?",
    re.I,
)
_TITLE_TOKENS = {
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Clr", "Sir", "Dame", "Lord", "Lady", "Professor", "Prof",
    "Rev", "Baroness", "Baron",
}  # fmt: skip


def _flat_pieces(line: str) -> list[str] | None:
    """A row of two or more columns of names read as one line ("Sir Tim Berners-Lee Andrew Stott
    (Cabinet Office)") cut into its people: after a bracketed note, before a title, and a run of
    four bare name words as two names. None when the line is not only names (prose, a heading) or
    a run of names cannot be cut without guessing (five or more words)."""
    pieces: list[dict[str, list[str]]] = []
    cur: dict[str, list[str]] | None = None
    for tok in re.findall(r"\([^)]*\)|\[[^\]]*\]|\S+", line):
        bare = tok.rstrip(".,")
        if tok[0] in "([":
            if cur is None or not cur["names"]:
                return None
            cur["notes"].append(f"({tok[1:-1]})")  # "Cathy Fleet [Clerk]": a note all the same
            continue
        if bare in _TITLE_TOKENS:
            if cur is None or cur["names"]:
                cur = {"titles": [], "names": [], "notes": []}
                pieces.append(cur)
            cur["titles"].append(bare)
            continue
        if (
            cur is not None
            and cur["names"]
            and re.fullmatch(r"[A-Z]{3,}", bare)
            and ROLE_NOTE.fullmatch(bare)
        ):
            cur["notes"].append(f"({bare.capitalize()})")  # "CHAIR", "CLERK"
            continue
        if not NAME_TOKEN.match(bare) or bare in NON_NAME | ROLE_WORDS | ORG_WORDS:
            return None
        if cur is None or cur["notes"]:
            cur = {"titles": [], "names": [], "notes": []}
            pieces.append(cur)
        cur["names"].append(bare)
    out: list[str] = []
    for pc in pieces:
        names = pc["names"]
        if not names:
            return None
        if len(names) == 4 and not any(re.fullmatch(r"[A-Z]\.?", n) for n in names):
            out.append(" ".join(pc["titles"] + names[:2]))
            out.append(" ".join(names[2:] + pc["notes"]))
        elif len(names) >= 5:
            return None
        else:
            out.append(" ".join(pc["titles"] + names + pc["notes"]))
    return out


def _row_starts(doc: Document, page_no: int) -> dict[str, float]:
    """Text without spaces -> left edge of its layout line (pages with boxes)."""
    return {_ns(ln.text): ln.x0 for ln in layout_of(doc).page(page_no).lines if ln.has_box}


# A row's first name starts this many average character widths right of the label row's left
# edge at least before it is taken to stand in a later column (names set under one another in
# a column start within a character or two of one another; the next column is 20+ away)
SHIFT_CHARS = 4
# A row's last name is in the last column when its estimated start is within this many character
# widths of the last column's (estimated from the full rows: widths of names vary that much)
LAST_COLUMN_CHARS = 6


def _shifted_rows(
    doc: Document, page_no: int, label_row: str, rows: list[tuple[str, list[str]]], n_cols: int
) -> dict[str, int]:
    """The first column of each short row of a flat label block whose text runs start at the
    left margin whatever column the text is in (tabs drawn as part of the run: "Present: Members
    of the Public: Apologies:" over rows whose longer middle column goes on alone, "Hannah
    Twynam" in a run from the margin). A run's right edge is true, so where a row's names start
    is estimated back from it with the page's average character width; a row whose names start
    well right of the margin stands in a later column: the last when its last name starts where
    the full rows' last names do, else the one before. Rows not found are left to fill from the
    left (row text -> first column)."""
    boxes = {_ns(x.text): x for x in layout_of(doc).page(page_no).lines if x.has_box}
    head = boxes.get(_ns(label_row))
    widths = sorted((x.x1 - x.x0) / len(x.text) for x in boxes.values() if len(x.text) >= 30)
    if head is None or not widths or n_cols < 2:
        return {}
    cw = widths[len(widths) // 2]
    last_starts = sorted(
        boxes[_ns(t)].x1 - len(p[-1]) * cw for t, p in rows if len(p) == n_cols and _ns(t) in boxes
    )
    if not last_starts:
        return {}
    last_start = last_starts[len(last_starts) // 2]
    out: dict[str, int] = {}
    for t, pieces in rows:
        box = boxes.get(_ns(t))
        if box is None or len(pieces) >= n_cols:
            continue
        start = box.x1 - len(" ".join(pieces)) * cw
        if start <= head.x0 + SHIFT_CHARS * cw:
            continue
        if abs(box.x1 - len(pieces[-1]) * cw - last_start) <= LAST_COLUMN_CHARS * cw:
            out[t] = n_cols - len(pieces)
        elif n_cols - 1 - len(pieces) >= 1:
            out[t] = n_cols - 1 - len(pieces)
    return out


def flat_label_columns(doc: Document, page_no: int) -> list[str] | None:
    """The page's lines with a block of label columns whose rows are single text runs across
    the columns (no gap to see in the boxes: "Present: Also present:" over "Francis Maude (Chair)
    Katie Davis (Cabinet Office)", as some Transparency Board and parish minutes are produced)
    read column by column. A row with fewer people than columns is left out (which column it
    belongs to, from the left edge of its line where the label row shows the columns' edges, else
    the columns are filled from the left)."""
    lines = doc.page(page_no).lines
    for i, ln in enumerate(lines[:60]):
        labels = [m.group(0).strip() for m in _FLAT_LABEL.finditer(ln)]
        if len(labels) < 2 or _ns(_FLAT_LABEL.sub("", ln)):
            continue
        cols: list[list[str]] = [[lab] for lab in labels]
        starts = _row_starts(doc, page_no)
        head = next((x for x in layout_of(doc).page(page_no).lines if _ns(x.text) == _ns(ln)), None)
        edges = [c.x0 for c in head.cells()] if head is not None else []
        if len(edges) != len(cols):
            edges = []
        end = i + 1
        placed: list[tuple[str, list[str]]] = []
        for row in lines[i + 1 : i + 40]:
            t = row.strip()
            if not t:
                end += 1
                continue
            relabel = [m.group(0).strip() for m in _FLAT_LABEL.finditer(t)]
            if len(relabel) == len(cols) and not _ns(_FLAT_LABEL.sub("", t)):
                for c, lab in zip(cols, relabel, strict=True):
                    c.append(lab)
                end += 1
                continue
            if STOP_BLOCK.match(t):
                break
            pieces = _flat_pieces(t)
            if not pieces:
                break
            placed.append((t, pieces))
            end += 1
        shifted = _shifted_rows(doc, page_no, ln, placed, len(cols)) if not edges else {}
        for t, pieces in placed:
            first = shifted.get(t, 0)
            if edges and len(pieces) < len(cols) and _ns(t) in starts:
                first = max(k for k, x in enumerate(edges) if starts[_ns(t)] >= x - MIN_GUTTER or k == 0)
            if first + len(pieces) <= len(cols):
                for c, pc in zip(cols[first:], pieces, strict=False):
                    c.append(pc)
        if sum(len(c) > 1 for c in cols) < 2:
            return None
        return lines[:i] + [t for c in cols for t in c] + lines[end:]
    return None


# An attendance register set as a table: "Name | Initials | Role | Attendance" with a status cell
# per row ("Present", "Apologies", "Absent", "In attendance", "Present (joined at item 4)"):
# academy trusts' and governing bodies' minutes. The header names the name column and the status
# column; other columns are read by their header (Role / Position / Title).
# ("Supervisor | Office | Roll Call": US soil and water conservation and other special districts'
# minutes head the status column with the roll call itself)
# ("Member | Representative | Capacity | Participation": intergovernmental councils' summary
# records mark each delegate "In person" or "Virtual" under Participation)
_STATUS_HEADER = re.compile(r"^(?:attendance|attended|status|present\?|roll\s+call|participation)$", re.I)
# ("Commissioner | Position | Office | Attendance", "Director | Attendance": US special districts'
# roll tables head the members' column with their title)
_NAME_HEADER = re.compile(
    r"^(?:name|member|trustee|governor|commissioner|director|supervisor|representative|delegate)s?$", re.I
)
# A delegate's column beside the seat they fill: "Member | Representative | Capacity |
# Participation" over "Vanuatu | Captain Joel Tari Malessa | Head of Delegation | In person"
# (intergovernmental commissions' and councils' records list member states and their delegates):
# the delegate's column holds the name, the member's column the delegate's organisation
_DELEGATE_HEADER = re.compile(r"^(?:representatives?|delegates?)$", re.I)
_SEAT_HEADER = re.compile(r"^(?:members?(?:\s+states?)?|country|countries|delegations?)$", re.I)
# ... or beside a "Name" column: "Member / Organisation | Name | Designation | Attendance" (regional
# organisations' lists of participants, annexed to the record): the member or organisation column
_SEAT_BESIDE_NAME_HEADER = re.compile(
    r"^(?:members?\s*/\s*organi[sz]ations?|organi[sz]ations?|member\s+states?|country|countries|delegations?)$",
    re.I,
)
# A delegation that sent apologies, set in the delegate's column with no status beside it:
# "Nauru | Apologies – Mr Dogabe Harris"
_STATUS_BEFORE_NAME = re.compile(r"^(?P<status>apologies|absent|regrets|excused)\s*[–—:-]\s*(?=\S)", re.I)
# ("Category": a governor's category in school governing bodies' attendance tables, "Co-opted
# governor"; "Type", "Membership", "Representing": a member's seat in boards' and forums' tables)
_ROLE_HEADER = re.compile(
    r"^(?:role|position|title|capacity|post|category|(?:governor\s+|member\s+)?type|membership|office|designation)$",
    re.I,
)
_STATUS_CELL = [
    ("in_attendance", re.compile(r"^(?:in\s+attendance|attending|observer|observing)\b", re.I)),
    # ... "Excused", "Regrets", "Leave of absence" (Caribbean, Canadian and US boards' tables)
    (
        "apologies",
        re.compile(
            r"^(?:apologies|apology|sent\s+apologies|absent|not\s+present|excused|regrets|leave(?:\s+of\s+absence)?)\b",
            re.I,
        ),
    ),
    ("present", re.compile(r"^(?:present|attended|yes)\b", re.I)),
    # a tick in the Attendance column, alone or with a note: "✓", "✓ (virtual)", "✓ (from 5:50
    # p.m.)" (Canadian hospital and health boards' Name | Position | Attendance tables mark
    # those present with a tick and write "Regrets" for the rest)
    ("present", re.compile(r"^[✓✔√☑](?:\s|\(|$)")),
    # there by video or for part of the meeting: "Virtual", "Remote", "Online", "By video", "Items
    # 5–7 only", "Part", "Virtual (Item 8)" (Irish and UK company and authority boards' tables)
    (
        "present",
        re.compile(
            r"^(?:virtual(?:ly)?|remote(?:ly)?|online|by\s+(?:video|phone|telephone|teams)|via\s+\w+|"
            r"in\s+person|(?:for\s+)?items?\s+\d[\d.,\s&–-]*(?:only)?$|part(?:ial)?(?:\s+\(|$))",
            re.I,
        ),
    ),
]
# A row of the name column alone that opens a group of non-members within the table: "In
# attendance", "Also present", "Officers" (company and authority boards list their executives
# and staff under the directors in one status table); present rows below it are in attendance
_TABLE_ATTENDING_GROUP = re.compile(
    r"^(?:in\s+attendance|also\s+(?:present|in\s+attendance|attending)|officers?(?:\s+present)?|"
    r"staff(?:\s+present)?|executives?|advisers?|advisors?|observers?|secretariat|"
    # "Staff Resources / Guests", "Staff and Guests", "Guests" (Canadian hospital boards' tables
    # list the executives and invited guests under the ex-officio directors)
    r"(?:staff(?:\s+resources?)?|guests?|invitees?|resource\s+staff)"
    r"(?:\s*(?:/|&|,|\band\b)\s*(?:staff(?:\s+resources?)?|guests?|invitees?|presenters?|resource\s+staff))*)\s*:?$",
    re.I,
)
# Points a cell may start left of its header's left edge and still sit under it
STATUS_COLUMN_SLACK = 6.0
# A wrapped line of a table's last row lies within this many line heights of the line above
LAST_ROW_GAP = 0.8


def _status_of(text: str) -> str | None:
    return next((st for st, rx in _STATUS_CELL if rx.match(text.strip())), None)


# Gap between two cells of one status-table row, in font sizes: the table's narrow columns
# ("Name | Initials | Role | Attendance", academy trusts' minutes) sit half an em apart, wider
# than a word space (about a quarter em); the old span join parted cells at 5 pt in 10 pt type
CELL_GAP_SIZES = 0.5


def status_table(doc: Document, page_no: int, meeting: Meeting) -> list[Attendance]:
    """Attendance read from a "Name | ... | Attendance" table on the page (see _STATUS_HEADER),
    from the layout layer's lines and their cells (the page's furniture already dropped)."""
    return _status_table(doc, page_no, meeting)[0]


def _table_texts(doc: Document, page_no: int, top: float, bottom: float) -> set[str]:
    """The page's lines between top and bottom, spaces removed: a table's own lines, which the
    text reader beside it must not read again."""
    return {
        _ns(ln.text) for ln in layout_of(doc).page(page_no).lines if ln.has_box and top <= ln.top < bottom
    }


# Characters a text line needs before it is taken for a piece of a table's line: a shorter one
# ("4)", "Yes") may be anything
TABLE_PIECE_CHARS = 4


def _in_table(text: str, table_lines: set[str]) -> bool:
    """A text line that is a table's line or a piece of one: the page's text may break a row at
    its cells ("Ms Catriona" / "Wheeler" / "CW Trustee Present (joined at item")."""
    n = _ns(text)
    return len(n) >= TABLE_PIECE_CHARS and any(n in t for t in table_lines)


def _status_part(cell: LayoutLine, status_x: float, before_x: float | None = None) -> list[LayoutLine]:
    """A cell that runs from the column before (starting at before_x, when given) into the status
    column, parted at its first word that starts at the status column's edge (after a gap wider
    than a word space). A line of text under the table that runs across all its columns is no
    row's ("Observers: Dr Helena Marsh (...) – virtual." under a delegates' table)."""
    if cell.x0 >= status_x - STATUS_COLUMN_SLACK or cell.x1 <= status_x:
        return [cell]
    if before_x is not None and cell.x0 < before_x - STATUS_COLUMN_SLACK:
        return [cell]
    spans = cell.spans
    for k in range(1, len(spans)):
        s, prev = spans[k], spans[k - 1]
        if abs(s.x0 - status_x) <= STATUS_COLUMN_SLACK and s.x0 - prev.x1 > WORD_GAP_EMS * em(s):
            return [line_from_spans(spans[:k], cell.page), line_from_spans(spans[k:], cell.page)]
    return [cell]


# Rows under a header, read to find where its columns start when the header is centred over them
CENTRED_HEADER_ROWS = 3


def _centred_header(header: list[LayoutLine], lines: list[LayoutLine]) -> list[LayoutLine]:
    """The header with each title moved to where its column's cells start, when the titles are
    centred over columns whose cells are set flush left: "Name | District | Position |
    Attendance" over "Dir. Romeo B. Villanueva | District I – Salinas | President | Present"
    (Philippine electric cooperatives' and other boards' ruled roll-call tables, whose cells
    start well left of the centred titles). Read from the first rows under the header that hold a
    cell per title, each cell left of its title and right of the title before; else the header
    as printed."""
    bottom = max(c.bottom for c in header)
    below = sorted((ln for ln in lines if ln.top > bottom), key=lambda ln: ln.top)[:CENTRED_HEADER_ROWS]
    rows = [sorted(ln.cells(CELL_GAP_SIZES), key=lambda c: c.x0) for ln in below]
    rows = [r for r in rows if len(r) == len(header)]
    if len(rows) < 2:
        return header
    starts = [min(r[k].x0 for r in rows) for k in range(len(header))]
    if not any(h.x0 - x > STATUS_COLUMN_SLACK for h, x in zip(header, starts, strict=True)):
        return header
    for k, (h, x) in enumerate(zip(header, starts, strict=True)):
        if x > h.x0 + STATUS_COLUMN_SLACK or (k and x <= header[k - 1].x1):
            return header
    return [replace(h, x0=x) for h, x in zip(header, starts, strict=True)]


def _status_table(doc: Document, page_no: int, meeting: Meeting) -> tuple[list[Attendance], set[str]]:
    """status_table's records and the texts of the table's lines (see _table_texts)."""
    lines = [ln for ln in layout_of(doc).page(page_no).lines if ln.has_box]
    header = None
    for ln in lines:
        cells = ln.cells(CELL_GAP_SIZES)
        if any(_NAME_HEADER.match(c.text) for c in cells) and any(
            _STATUS_HEADER.match(c.text) for c in cells
        ):
            header = sorted(cells, key=lambda c: c.x0)
            break
    if header is None:
        return [], set()
    # "Trustee | Position | Attended | Absent": a column per status, each marked with a tick, is
    # the mark table's (see _mark_table), not a status column
    if sum(any(rx.match(c.text.strip()) for _, rx in _MARK_HEADERS) for c in header) >= 2:
        return [], set()
    header = _centred_header(header, lines)
    head_bottom = max(c.bottom for c in header)
    name_x = next(
        (c.x0 for c in header if _DELEGATE_HEADER.match(c.text)),
        next(c.x0 for c in header if _NAME_HEADER.match(c.text)),
    )
    seat_x = (
        next(
            (c.x0 for c in header if c.x0 != name_x and _SEAT_HEADER.match(c.text)),
            None,
        )
        if any(_DELEGATE_HEADER.match(c.text) for c in header)
        else next((c.x0 for c in header if c.x0 != name_x and _SEAT_BESIDE_NAME_HEADER.match(c.text)), None)
    )
    status_x = next(c.x0 for c in header if _STATUS_HEADER.match(c.text))
    # the office held, before a seat's number ("Position 3" beside "Secretary": US hospital and
    # port districts elect commissioners to numbered positions)
    role_x = next(
        (
            c.x0
            for c in header
            if _ROLE_HEADER.match(c.text) and not re.match(r"(?i)position$", c.text.strip())
        ),
        next((c.x0 for c in header if _ROLE_HEADER.match(c.text)), None),
    )
    edges = sorted(c.x0 for c in header)

    before_status = max((x for x in edges if x < status_x - STATUS_COLUMN_SLACK), default=None)

    def column(ch) -> float | None:
        left = [x for x in edges if ch.x0 >= x - STATUS_COLUMN_SLACK]
        at = max(left) if left else None
        if (
            at is not None
            and at == before_status
            and ch.x1 > status_x
            and ch.x0 > at + STATUS_COLUMN_SLACK
            and _status_of(ch.text)
        ):
            # a status wider than its header, right-aligned or centred under it, reaching left
            # of the header's edge: "✓ (from 6:25 p.m.)" under "Attendance"
            return status_x
        return at

    # (a status cell the layout joined to a long post beside it: "Non-Executive Director; Chair,
    # Audit and | Present", parted where a word starts at the status column's edge)
    chunks = [
        p for ln in lines for c in ln.cells(CELL_GAP_SIZES) for p in _status_part(c, status_x, before_status)
    ]
    body = sorted((c for c in chunks if c.top > head_bottom), key=lambda c: (c.top, c.x0))
    starts = [c for c in body if column(c) == status_x and _status_of(c.text)]
    if seat_x is not None:
        starts = sorted(
            starts + [c for c in body if column(c) == name_x and _STATUS_BEFORE_NAME.match(c.text)],
            key=lambda c: (c.top, c.x0),
        )
    # the tops of rows that open a group of non-members (see _TABLE_ATTENDING_GROUP)
    group_rows = [
        c
        for c in body
        if column(c) in (name_x, seat_x)
        and _TABLE_ATTENDING_GROUP.match(c.text.strip())
        and (column(c) == name_x or c.text.isupper())
        and not any(abs(o.top - c.top) < 3 and o is not c for o in body)
    ]
    attending_from = min((c.top for c in group_rows), default=None)
    # ... and rows that head a group of members, alone on their line: "Elected Directors",
    # "Ex-Officio Directors (non-voting)" (Canadian hospital boards' tables); not a name wrapped
    # into the row above
    group_rows += [
        c
        for c in body
        if column(c) == name_x
        and _PLURAL_GROUP_END.search(_TRAILING_BRACKET.sub("", c.text).strip())
        and not any(abs(o.top - c.top) < 3 and o is not c for o in body)
    ]
    # ... a group's heading in capitals in the member or organisation column: "MEMBERS",
    # "OBSERVERS", "SECRETARIAT" (lists of participants by member and organisation)
    group_rows += [
        c
        for c in body
        if seat_x is not None
        and column(c) == seat_x
        and c.text.isupper()
        and len(c.text.split()) <= 2
        and not any(abs(o.top - c.top) < 3 and o is not c for o in body)
    ]
    out: list[Attendance] = []
    bottom = head_bottom
    for k, st in enumerate(starts):
        # (the first row from under the header: a name wrapped over two lines with its status
        # centred between them starts above the status cell, "Hon. Mrs. Claudette Bryan-Reid, CD,"
        # / "JP" beside "Present": Caribbean and other boards' Name | Designation | Attendance)
        lo = st.top - 3 if k else min(st.top - 3, head_bottom)
        if k + 1 < len(starts):
            hi = starts[k + 1].top - 3
        else:
            # the last row: its wrapped lines, up to the first gap
            height = max(st.bottom - st.top, 1.0)
            hi, prev = st.bottom, st.bottom
            for c in body:
                if c.top < st.top - 3:
                    continue
                if c.top - prev > LAST_ROW_GAP * height and c.top > st.bottom:
                    break
                hi, prev = max(hi, c.bottom), max(prev, c.bottom)
            hi += 1
        # (above the status only a name's first line: titled, or broken at a comma; "Board
        # members", a group's heading over the first row, is not the row's)
        cells = [
            c
            for c in body
            if lo <= c.top < hi
            and (c.top >= st.top - 3 or HONORIFIC_RE.match(c.text) or c.text.rstrip().endswith((",", "-")))
        ]
        bottom = max([bottom] + [c.bottom for c in cells])
        name = " ".join(c.text for c in cells if column(c) == name_x and c not in group_rows)
        role = " ".join(c.text for c in cells if role_x is not None and column(c) == role_x) or None
        seat = (
            " ".join(
                c.text for c in cells if seat_x is not None and column(c) == seat_x and c not in group_rows
            )
            or None
        )
        status = _status_of(st.text)
        if seat_x is not None and (before := _STATUS_BEFORE_NAME.match(name)):
            name = name[before.end() :]
        if status == "present" and attending_from is not None and st.top > attending_from:
            status = "in_attendance"
        person = _person_from_piece(name) if name else None
        if not person or not status or not _is_name(person[0], allow_single=False):
            continue
        name, note, _ = person
        if note and role:
            role = f"{role} ({note})"  # "Andrew Kettleby (Chair)" | "Co-opted governor"
        out.append(Attendance(name, role or note, seat, status, meeting.date, page_no))
    if not out:
        return [], set()
    return out, _table_texts(doc, page_no, min(c.top for c in header) - 1, bottom + 1)


# A roll call set as a table with a column per status, the member's row marked in one: "Board
# Member | Office | Present | Absent" over "Karen Osterberg | President | X" (US school boards' and
# county boards' minutes; English parish councils' attendance grids "Councillor | Present |
# Apologies" with ticks). Header titles are centred over their columns, so a cell belongs to the
# header whose centre is nearest its own.
_MARK_HEADERS = [
    # a column of its own for those who joined remotely is still attendance ("Name | Designation
    # | Present | Remote | Apologies": Scottish IJB and council sederunts of hybrid meetings)
    (
        "present",
        re.compile(
            r"^(?:present|attended|in attendance|in person|remote(?:ly)?|virtual(?:ly)?|online|"
            r"(?:present|attended)\s*[(/-]?\s*(?:in person|remote(?:ly)?|virtual(?:ly)?|online)\)?|"
            r"(?:via|by)\s+(?:teams|zoom|video(?:\s*link)?))$",
            re.I,
        ),
    ),
    ("apologies", re.compile(r"^(?:absent|apologies|excused|absent\s*/\s*excused|not present)$", re.I)),
]
_ROLL_NAME_HEADER = re.compile(
    r"^(?:(?:board|council|committee|panel)\s+)?(?:members?|names?|councill?ors?|trustees?|governors?|"
    r"directors?|commissioners?|supervisors?)$",
    re.I,
)
# The post column's header in a mark table besides _ROLE_HEADER's ("Designation": Scottish sederunts)
_MARK_ROLE_HEADERS = {"Office", "Designation", "Representing"}
# A row naming a group of the table's people ("Voting Members", "Non-Voting Members", "Officers",
# "Elected Members"): the table goes on under it
_MARK_GROUP_ROW = re.compile(
    r"^(?:(?:non-?\s?)?voting|elected|appointed|independent|co-?opted|ex[- ]officio|executive|"
    r"non-?executive|lay|associate|other)?\s*(?:members|directors|officers|advisers|advisors|"
    r"councill?ors|trustees|governors)$",
    re.I,
)
_MARK_CELL = re.compile(r"^(?:X|x|✓|✔|√|Y|Yes)(?![A-Za-z])")


def _centre(cell: LayoutLine) -> float:
    return (cell.x0 + cell.x1) / 2


# A cell's text wrapped onto a second line of its row sits closer under it than the next row
# does (rows are padded): a gap under this share of the line's height continues the row
WRAP_GAP_HEIGHTS = 0.6


def _wrapped_join(head: str, tail: str, page_text: str) -> str:
    """A cell's two lines joined: with the hyphen the page's text keeps where the cell broke a
    double-barrelled name ("Margaret Ellison" / "Hale" for "Ellison-Hale"), else with a space."""
    hyphened = f"{head.rsplit(None, 1)[-1]}-{tail.split(None, 1)[0]}" if head.strip() and tail.strip() else ""
    return f"{head}-{tail}" if hyphened and hyphened in page_text else f"{head} {tail}"


def mark_table(doc: Document, page_no: int, meeting: Meeting) -> list[Attendance]:
    """Attendance read from a roll call table with a mark per row (see _MARK_HEADERS)."""
    return _mark_table(doc, page_no, meeting)[0]


def _group_row(cells: list[LayoutLine], name_head: LayoutLine) -> bool:
    """ "Voting Members" / "Non-Voting Members" alone under the name column: a group row inside a
    mark table (see _MARK_GROUP_ROW)."""
    return (
        len(cells) == 1
        and _MARK_GROUP_ROW.match(cells[0].text.strip()) is not None
        and abs(cells[0].x0 - name_head.x0) < name_head.height * 2
    )


def _marked_row(cells: list[LayoutLine], heads: list[tuple[str, LayoutLine]]) -> bool:
    """A line with a mark under one of a mark table's status columns."""
    return any(
        _MARK_CELL.match(c.text.strip())
        and min(heads, key=lambda h: abs(_centre(h[1]) - _centre(c)))[0] in ("present", "apologies")
        for c in cells
    )


def _mark_table(doc: Document, page_no: int, meeting: Meeting) -> tuple[list[Attendance], set[str]]:
    """mark_table's records and the texts of the table's lines (see _table_texts). A row whose
    name or post wraps onto a second line (a housing association's "Name | Role | Present |
    Apologies" grid of ticks: "Board Member; Chair of Finance & Treasury" / "Committee") goes on
    under its first line, which holds the mark."""
    lines = [ln for ln in layout_of(doc).page(page_no).lines if ln.has_box]
    page_text = doc.page(page_no).text
    for k, ln in enumerate(lines):
        cells = ln.cells(CELL_GAP_SIZES)
        marks = [(st, c) for c in cells for st, rx in _MARK_HEADERS if rx.match(c.text.strip())]
        name_head = next((c for c in cells if _ROLL_NAME_HEADER.match(c.text.strip())), None)
        if len(marks) < 2 or name_head is None:
            continue
        role_head = next(
            (c for c in cells if _ROLE_HEADER.match(c.text.strip()) or c.text.strip() in _MARK_ROLE_HEADERS),
            None,
        )
        heads = [("name", name_head)] + ([("role", role_head)] if role_head else []) + marks
        rows: list[tuple[dict[str, str], str]] = []
        prev = ln

        for j, row in enumerate(lines[k + 1 :], start=k + 1):
            row_cells = row.cells(CELL_GAP_SIZES)
            if not any(ch.isalnum() or ch in "✓✔√" for c in row_cells for ch in c.text):
                continue  # a stray quote mark set apart from its name ("Donald ‘Donnie’ ...")
            if _group_row(row_cells, name_head):
                prev = row
                continue
            fields: dict[str, str] = {}
            status = None
            for c in row_cells:
                kind, _ = min(heads, key=lambda h: abs(_centre(h[1]) - _centre(c)))
                if kind in ("present", "apologies"):
                    if _MARK_CELL.match(c.text.strip()):
                        status = kind
                    elif c.text.strip():
                        fields["?"] = c.text.strip()  # text under a mark column: not a wrapped cell
                else:
                    fields.setdefault(kind, c.text.strip())
            if status is None:
                # ... or, however far below, a line between two of the table's rows (a name
                # wrapped in a cell without descenders sits further below its first line)
                nxt = lines[j + 1].cells(CELL_GAP_SIZES) if j + 1 < len(lines) else []
                wrapped = (
                    rows
                    and fields
                    and "?" not in fields
                    and (
                        row.top - prev.bottom < WRAP_GAP_HEIGHTS * max(prev.height, 1.0)
                        or (bool(nxt) and (_marked_row(nxt, heads) or _group_row(nxt, name_head)))
                    )
                )
                if not wrapped:
                    break  # the table is over
                last = rows[-1][0]
                for kind, text in fields.items():
                    last[kind] = _wrapped_join(last[kind], text, page_text) if kind in last else text
                prev = row
                continue
            rows.append((fields, status))
            prev = row
        out: list[Attendance] = []
        for fields, status in rows:
            name = POSTNOMINAL.sub("", strip_honorifics(fields.get("name", ""))).strip()
            role = fields.get("role")
            note = _TRAILING_BRACKET.search(name)
            if note and note.start() > 0:
                # "Councillor Morag Sinclair" / "(Chair)": the chair's office noted in the name cell
                name, role = name[: note.start()].strip(), note.group(1).strip()
            head, comma, post = name.partition(",")
            if comma and role is None and _post_tail(post) and _is_name(head.strip()):
                # "Teresa Delgado, President" in the name cell: the officer's post after the name
                # (US special districts' and school boards' roll call grids)
                name, role = head.strip(), post.strip()
            if name and _is_name(name):
                out.append(Attendance(name, role, None, status, meeting.date, page_no))
        if out:
            return out, _table_texts(doc, page_no, ln.top - 1, prev.bottom + 1)
    return [], set()


# US minutes record the roll in the opening sentences rather than under labels (county boards of
# supervisors, city and town councils): "... when and where the following members were present:"
# over the members' rows; "there being present and presiding A, Vice President, and Supervisors B
# and C, constituting a quorum."; "President D and Supervisor E were absent."; "Also present were F,
# Deputy Clerk; G, County Administrator." _prose_roll rewrites these sentences as the labelled
# lines the list reader knows ("Present:", "Absent: ...", "Also present: ...").
_ROLL_PRESENT_END = re.compile(
    r"(?:\b(?:the\s+following|these)\s+|^\s*)(?:\w+\s+){0,2}(?:were|being|was)\s+present\s*:\s*$", re.I
)
_ROLL_CLAUSES = [
    (
        "Present",
        re.compile(
            r"\bthere\s+being\s+present(?:\s+and\s+presiding)?\s+(?P<list>.+?),?\s+"
            r"(?:constituting|being|forming)\s+a\s+quorum",
            re.I,
        ),
    ),
    # "President D and Supervisor E were absent": capitalised words and "and" only, at a sentence's start
    (
        "Absent",
        re.compile(
            r"(?:(?<=^)|(?<=[a-z][a-z]\. ))(?P<list>(?:(?:[A-Z][\w.’'“”-]*,?|and)\s+)*?[A-Z][\w.’'“”-]*)"
            r"\s+(?:was|were)\s+absent\b"
        ),
    ),
    (
        "Also present",
        re.compile(
            r"\bAlso\s+present\s+(?:were|was)\s*:?\s+(?P<list>.+?)"
            # the sentence's full stop, not a title's ("Hon.", "Rev.", "Mr.")
            r"(?:(?<=[a-z]{2})(?<!\bHon)(?<!\bRev)(?<!\bMrs)(?<!\bMr)(?<!\bDr)(?<!\bMs)(?<!\bJr)(?<!\bSr)(?<!\bSt)"
            r"\.(?=\s|$)|$)"
        ),
    ),
]
# The end of a sentence in a roll's prose: a full stop after a word, not after a title ("Hon.",
# "Mr.") or an initial ("Trustee Harlan P." / "Whitcomb.")
_PROSE_STOP = (
    r"(?:(?<=[a-z]{2})(?<!\bHon)(?<!\bRev)(?<!\bMrs)(?<!\bMr)(?<!\bDr)(?<!\bMs)(?<!\bJr)(?<!\bSr)(?<!\bSt)"
    r"\.(?=\s|$)|$)"
)
# "Upon roll call, the following Trustees were present: President A, Vice President B and
# Trustee C. Absent: Trustee D. A quorum was present." (US special districts' and boards' minutes
# tell the roll call in one paragraph: the list runs on after the colon, and the absent follow in
# the next sentence); the absent are read only right after the present, not from a vote's tally
_ROLL_FOLLOWING = re.compile(
    r"\b(?:the\s+following|these)\s+(?:[\w-]+\s+){0,2}(?:were|was)\s+present\s*:\s+(?P<list>[^:]+?)"
    + _PROSE_STOP
    + r"(?:\s+(?:Absent|Excused|Not\s+present)\s*:\s+(?P<absent>[^:]+?)"
    + _PROSE_STOP
    + r")?"
)
# "Hon. Patricia N. Loftin, Chancery Clerk, by and through Carla J. Deese, Deputy Clerk": an
# officer present through a deputy; the deputy is the one at the meeting
_BY_AND_THROUGH = re.compile(r"(?:(?<=^)|(?<=;\s))(?:and\s+)?[^;]*?,\s+by\s+and\s+through\s+")
# The opening sentences are read in at most this many lines from the section's start
PROSE_ROLL_LINES = 30


def _prose_roll(lines: list[Line]) -> list[Line]:
    """The section's lines with its opening roll-call sentences rewritten as labelled lines (see
    _ROLL_CLAUSES); unchanged when it has none."""
    head = lines[:PROSE_ROLL_LINES]
    if not any("present" in ln.text.lower() or "absent" in ln.text.lower() for ln in head):
        return lines
    out = list(lines)
    for k, ln in enumerate(head):
        if "present" in ln.text.lower() and _ROLL_PRESENT_END.search(ln.text):
            out[k] = replace(ln, text="Present:")
    # the prose: lines joined with one space, each line's offset kept
    starts, parts, pos = [], [], 0
    for ln in head:
        t = " ".join(ln.text.split())
        starts.append(pos)
        parts.append(t)
        pos += len(t) + 1
    text = " ".join(parts)
    low = text.lower()
    if (
        "absent" not in low
        and "also present" not in low
        and "there being present" not in low
        and "present: " not in low
    ):
        return out
    found = []
    for label, rx in _ROLL_CLAUSES:
        for m in rx.finditer(text):
            found.append((m.start(), m.end(), f"{label}: {_BY_AND_THROUGH.sub('', m.group('list'))}"))
    # (a list that starts on the colon's line: one that starts on the next line is a list of
    # lines, read under the "Present:" label the line became, above)
    if "present: " in low and (m := _ROLL_FOLLOWING.search(text)) and m.start("list") not in starts:
        found.append((m.start(), m.end(), f"Present: {m.group('list')}"))
        if m.group("absent"):
            found.append((m.start("absent"), m.end(), f"Absent: {m.group('absent')}"))
    if not found:
        return out
    found.sort()

    def line_at(offset: int) -> int:
        return max(k for k, st in enumerate(starts) if st <= offset)

    first, last = line_at(found[0][0]), line_at(found[-1][1] - 1)
    page = head[first].page
    synthetic = [Line(page, t) for _, _, t in found]
    return out[:first] + synthetic + out[last + 1 :]


def _named_in(name: str, people: list[Attendance]) -> bool:
    """A surname alone ("Absent: Lindqvist." in a vote) naming someone already read from a table."""
    last = name.split()[-1].lower()
    return any(p.name.split()[-1].lower() == last for p in people)


def _wrapped_repeats(lines: list[Line], doc: Document) -> list[Line]:
    """Lines found on most pages are running furniture ("Minute Ref | Cyf Cofnod", a table's
    repeated header) and are left out, except where a list wraps onto one: "Present: Alvarado,
    ..., Nakamura," / "O'Rourke, Whitfield" (US councils' summary minutes print the same names in
    every recorded vote, so the roll's last line is on most pages)."""
    skip = boilerplate(doc)
    out: list[Line] = []
    for ln in lines:
        if ln.text.strip() in skip and not (out and re.search(r"(?:,|\band|&)\s*$", out[-1].text)):
            continue
        out.append(ln)
    return out


# How many lines of the minutes' head a colon row is looked for in (the record of attendance
# stands at the head; the longest read runs to about 40 lines)
COLON_ROW_LINES = 60


def _colon_rows(lines: list[Line], doc: Document) -> list[Line]:
    """A list's first row set beside a label wrapped in its narrow column: "ABSENT WITH | : Mr Tay
    Kok Wah | Councillor" over "APOLOGIES" (Singaporean and Malaysian town councils' and boards'
    label | name | post forms). The page text puts the row's cells after the label's last line,
    ": Mr Tay Kok Wah Councillor", with no layout line of its own; the row's cells after the
    label are found in the layout line they came from, so its name and post part as the other
    rows' do."""
    if not any(ln.layout is None and ln.text.lstrip().startswith(":") for ln in lines[:COLON_ROW_LINES]):
        return lines
    out = list(lines)
    for k, ln in enumerate(lines[:COLON_ROW_LINES]):
        text = ln.text.strip()
        if ln.layout is not None or not text.startswith(":") or len(text) < 3:
            continue
        rest = text[1:].strip()
        for cand in layout_of(doc).page(ln.page).lines:
            if _ns(rest) in _ns(cand.text) and (tail := _rest_layout(cand, rest)) is not None:
                out[k] = replace(ln, layout=tail)  # (the colon stays: it marks the wrapped label)
                break
    return out


def extract_attendance(doc: Document, meetings: list[Meeting] | None = None) -> list[Attendance]:
    found = minute_sections(doc, next((m.date for m in meetings or [] if m.kind == "meeting"), None))
    out: list[Attendance] = []
    for n, f in enumerate(found):
        # a table of members with their attendance, or a roll call table with a mark per
        # status; the text beside it may list more people ("Also present: ..." under a governing
        # body's table), less the table's people named again
        roll, table_lines = _status_table(doc, f.meeting.page, f.meeting)
        if not roll:
            roll, table_lines = _mark_table(doc, f.meeting.page, f.meeting)
        tail: list[Line] = []
        if not roll:
            roll, tail = _record_at_end(doc, f, found[n + 1].meeting.page if n + 1 < len(found) else None)
        out.extend(roll)
        stop = (found[n + 1].meeting.page, found[n + 1].line_index) if n + 1 < len(found) else None
        lines = _wrapped_repeats(_stream(doc, f.meeting.page, f.line_index, stop, mid_page_repeats=True), doc)
        lines = _colon_rows(lines, doc)
        cols = (
            layout_label_columns(doc, f.meeting.page)
            or column_lines(doc.page(f.meeting.page))
            or flat_label_columns(doc, f.meeting.page)
            or label_cell_rows(doc, f.meeting.page)
        )
        if cols is not None:
            skip = boilerplate(doc)
            cols = [t for t in cols if t.strip() not in skip]
        if cols is not None:
            head = (
                next((k for k, t in enumerate(cols) if t.strip() == lines[0].text.strip()), 0) if lines else 0
            )
            rest = [ln for ln in lines if ln.page != f.meeting.page]
            lines = [Line(f.meeting.page, t) for t in cols[head:]] + rest
        # the text's lists beside a roll call table ("Administrators present: ..."), less the
        # table's members named again
        if table_lines:
            lines = [
                ln for ln in lines if not (ln.page == f.meeting.page and _in_table(ln.text, table_lines))
            ]
        lines = _prose_roll(lines)
        people = attendance_in(lines, f.meeting)
        if not people and not roll and (later := _after_listed_agenda(lines)):
            people = attendance_in(later, f.meeting)
        out.extend(a for a in people if not (roll and _named_in(a.name, roll)))
        if tail:
            had = {(a.name, a.status) for a in out}
            out.extend(
                a
                for a in attendance_in(tail, f.meeting)
                if not _named_in(a.name, roll) and (a.name, a.status) not in had
            )
    return out


# The agenda printed at the head of the minutes: "AGENDA" over its items, then the items again as
# the minutes' headings with the roll under the first ("A. OPENING" / "A.2 Roll Call": US school
# boards' and special districts' minutes, which open with the agenda as adopted)
_AGENDA_HEAD = re.compile(r"^\s*(?:agenda|order\s+of\s+business)(?:\s*/\s*\w+)?\s*:?\s*$", re.I)
# the agenda's heading stands among the first lines under the minutes' heading
AGENDA_HEAD_LINES = 12


def _after_listed_agenda(lines: list[Line]) -> list[Line] | None:
    """The lines after the agenda listed at the head of the minutes, from where its first item
    is printed again as the first minute's heading; None when the minutes list no agenda. Read
    only when the attendance search found no one (it stops at the agenda's first item)."""
    head = next((k for k, ln in enumerate(lines[:AGENDA_HEAD_LINES]) if _AGENDA_HEAD.match(ln.text)), None)
    if head is None:
        return None
    first = next((_ns(ln.text) for ln in lines[head + 1 : head + 3] if ln.text.strip()), None)
    if not first:
        return None
    again = next((k for k in range(head + 2, len(lines)) if _ns(lines[k].text) == first), None)
    return lines[again + 1 :] if again is not None else None


# A status table's header row in a page's text: "Member   Ward   Attendance", "Name | Role |
# Status" (see _NAME_HEADER, _STATUS_HEADER); the cheap test before a later page's layout is built
_STATUS_HEAD_TEXT = re.compile(
    r"^\s*(?:name|member|trustee|governor|commissioner|director|supervisor)s?\b.{0,60}\b(?:attendance|attended|status)\s*$",
    re.I | re.M,
)


# The next annex's heading under an annexed list of participants ends its lists: "ANNEX 3 – MATRIX
# OF ACTIONS" under "Apologies: Mr Tauala Seluka, ..." (regional organisations' records)
_NEXT_ANNEX = re.compile(r"^\s*(?:annex|appendix|attachment|schedule)\s+[\dA-Z]{1,3}\b", re.I)


def _record_at_end(doc: Document, f, next_page: int | None) -> tuple[list[Attendance], list[Line]]:
    """The attendance record printed after the minutes' business, on a later page of the same
    minutes: "Members present, substitutes, apologies and officers are shown in the Attendance
    Record at the end of these minutes" over a "Member | Ward | Attendance" table, then the officers
    and others under their own labels (English district councils' planning and licensing minutes;
    boards that append their attendance). Read only when the meeting's own page holds no table:
    the table's people, and the labelled lists after the table on that page."""
    last = next_page - 1 if next_page and next_page > f.meeting.page else doc.page_count
    for page in doc.pages[f.meeting.page : last]:
        low = page.text.lower()
        if ("attend" not in low and "status" not in low) or not _STATUS_HEAD_TEXT.search(page.text):
            continue
        roll, table_lines = _status_table(doc, page.number, f.meeting)
        if not roll:
            continue
        skip = boilerplate(doc)
        tail = [
            Line(page.number, t)
            for t in page.lines
            if t.strip() and t.strip() not in skip and not _in_table(t, table_lines)
        ]
        head = next((k for k, ln in enumerate(tail) if _STATUS_HEAD_TEXT.match(ln.text)), 0)
        tail = tail[head:]
        end = next((k for k, ln in enumerate(tail) if k and _NEXT_ANNEX.match(ln.text)), len(tail))
        return roll, tail[:end]
    return [], []
