"""Decisions recorded in minutes: "RESOLVED that ...", " APPROVED ...",
"AGREED -" + paragraph, a "Decision" paragraph, "The Board approved ...",
"The minutes ... were confirmed", "It was agreed that ...". Each is linked to
the minute item it sits under and to the minuted meeting's date; in a
meeting in common the body named above the decision ("The City Integrated
Commissioning Board") is `decided_by`."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..layout import Line as LayoutLine
from ..layout import layout_of
from ..layout.paragraphs import PARA_GAP_HEIGHTS
from ..model import Document
from .dates import DATE_RE, MONTHS
from .decision_grammar import (
    MEMBERS_OF,
    REPORTED_THAT,
    base_verb_outcome,
    body_short_names,
    resolution_block,
    resolution_outcome,
)
from .decision_grammar import RESOLUTION_LABEL as GRAMMAR_RESOLUTION_LABEL
from .decision_lists import LEAD_END, decision_list, lead_in
from .decision_model import model_decisions
from .decision_tables import decisions_from_tables, same_decision
from .meetings import BODY_NOUNS, boilerplate, find_bodies, minute_sections
from .records import Decision, Meeting

VERBS = (
    "resolved|approved|noted|endorsed|agreed|ratified|adopted|accepted|confirmed|decided|supported|"
    "recommended|received|delegated|authorised|authorized|deferred|rejected|welcomed"
)
# list marks, including Symbol-font bullets mapped to the private use area ("\uf0a7")
PUA_BULLET = "\uf020-\uf0ff"
BULLET = rf"(?:[{PUA_BULLET}•●▪\-–o]\s*|\(?[a-z0-9]{{1,3}}[.)]\s*)*"
# ... nor the stop of a title before a name or of "No." before a number, which never end a sentence:
# "proposed by Cllr. Declan Furey, seconded by Ms. Eileen Mulrooney and agreed" (Irish boards and
# councils stop their titles), "Amendment No. 2 to Agreement No. 23-0417" (US county boards)
NAME_ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Cllr", "Cllrs", "Clr", "Cr", "Crs", "Prof", "Rev", "Revd", "Fr",
    "Hon", "Supt", "Insp", "Sgt", "Capt", "Col", "No", "Nos",
    # Indian honorifics: "Smt. Meenakshi Rao", "Kum. Asha Rao" (Indian boards' and companies' minutes)
    "Smt", "Kum",
    # Kenyan professional and service titles, "proposed by Eng. Lucy Kamau" (state corporations'
    # minutes), and a currency before its sum: "Kshs. 1,284,650,000" (Kenyan), "Rs. 4,50,000" (Indian)
    "Eng", "Amb", "Arch", "Kshs", "Ksh", "Shs", "Rs",
    # an advocate's title, "proposed by Adv. Godfrey Massawe" (East and Southern African boards'
    # and councils' minutes)
    "Adv",
)  # fmt: skip
# A label in another language printed before its English one, with a slash between: "PENDERFYNWYD /
# RESOLVED: that ...", "Penderfynwyd / Resolved: ..." (Welsh community and town councils' bilingual
# minutes), "Keputusan / Decision" (Malaysian), "Whakataunga / Resolution" (Māori): at most three
# words, the slash spaced (not "and/or" inside a sentence)
OTHER_LANGUAGE_LABEL = r"(?:[A-ZÀ-Þ][\w’'-]*(?:\s+[\w’'-]+){0,2}\s+/\s+)?"
# ... the same, closing the text before the English label (where the decision's text starts)
OTHER_LANGUAGE_BEFORE = re.compile(r"[A-ZÀ-Þ][\w’'-]*(?:\s+[\w’'-]+){0,2}\s+/\s+$")
# RESOLVED that ..., APPROVED the minutes, AGREED -, ENDORSED the ... (upper case)
# A resolution may open with a quotation mark: company boards minute each resolution passed as a
# quotation, '"RESOLVED THAT ... be and is hereby approved."' (Indian companies' board minutes,
# after the Secretarial Standard's wording; Commonwealth state corporations)
CAPS = re.compile(
    rf"^\s*[“\"‘']?\s*{BULLET}{OTHER_LANGUAGE_LABEL}(RESOLVED|APPROVED|NOTED|ENDORSED|AGREED|RATIFIED|ADOPTED|ACCEPTED|DECIDED|"
    rf"CONFIRMED|SUPPORTED|RECOMMENDED|RECEIVED|DELEGATED|AUTHORISED|DEFERRED|REJECTED)\b"
)
# What may follow "RESOLVED" on a label line of its own, over the resolution: the resolution's
# number and its mover and seconder in brackets, "RESOLVED 98/25 (Crs Halloran / Desai)",
# "RESOLVED 2025/141 (Moved Cr A, Seconded Cr B)", "RESOLVED (Cr Smith / Cr Jones)" (Australian
# and New Zealand councils number each resolution through the year and name its movers so)
RESOLUTION_TAG = re.compile(
    r"(?:(?:No\.?\s*)?[A-Z]{0,6}[/ -]?\d{1,4}(?:[/.-]\d{1,4}){1,2}[A-Z]?)?\s*"
    r"(?:\((?:Crs?|Cllrs?|Councillors?|Moved|Mover|Proposed|[A-Z][a-z]+\s*/)[^()]{1,80}\))?"
)
# "RESOLVED FURTHER THAT ...": a limb going on from the resolution before
FURTHER = re.compile(r"FURTHER\s+THAT\b|further\s+that\b")
# The first limb of a resolution's numbered list under a bare "RESOLVED": "(1) That ...", "1. That
# ...", "(a) That ..." (each limb a "That ..." clause of its own)
NUMBERED_LIMB = re.compile(r"^\s*\(?(?:1|a|i)[.)]\s+That\b")
BARE = re.compile(r"^\s*(Confirmed|Agreed|Approved|Noted|Resolved|Endorsed)\.?\s*$")
# "Agreed: to approve the Q1 management accounts.", "Agreed (4 in favour, 1 abstention): to award
# ...", "Resolved: the minutes ... were approved.", "Decision – to defer ...": the verb as a label
# opening a line, the decision after its colon (small charities' and housing trusts' board minutes;
# NHS trust boards bold "Resolved:"). A vote in brackets may sit between the word and the colon.
LABELLED = re.compile(
    rf"^\s*{BULLET}{OTHER_LANGUAGE_LABEL}(Agreed|Resolved|Decided|Approved)(?:\s*\([^)]{{1,60}}\))?\s*:\s*(?=\S)"
)
# ", and AUTHORISED the Chief Executive to sign ...", ", and the Committee approved the revised
# programme": a second resolution after a comma in the sentence of the first (NHS board and
# committee minutes): a capitalised verb, or the body named again with its verb
SECOND_VERB = re.compile(
    rf",\s+and\s+(?P<at>(?:the\s+(?:[A-Z][\w&]*\s+){{0,5}}(?:{BODY_NOUNS})\s+"
    r"(approved|agreed|endorsed|ratified|adopted|authorised|delegated)"
    r"|(APPROVED|AGREED|ENDORSED|RATIFIED|ADOPTED|AUTHORISED|DELEGATED|NOTED)"
    # "The Board approved the revised Standing Orders ..., and deferred the revised Scheme of
    # Delegation to its meeting on 29 July": a deferral after an approval is a decision of its own
    # (NHS Scotland board minutes), in lower case too
    r"|(deferred)(?=\s+(?:the|its|a|consideration|approval)\b))\b)"
)
# "The Board APPROVED the extension of the sub-contract to 31 March 2026 and DELEGATED authority to
# the Chief Finance Officer to agree the final contract value": a delegation to an officer after
# the approval, in capitals with no comma before it, is a decision of its own (NHS trust boards)
SECOND_DELEGATION = re.compile(
    r"(?<=[\w)’'])\s+and\s+(?P<at>(DELEGATED)(?=\s+(?:its\s+|full\s+)?authority\b))"
)
# "The Board declined the proposed increase in the indexing fee, and approved an increase of the
# licence fee to ...": an approval after a refusal is a decision of its own, in lower case too
# (Commonwealth regulators' and statutory boards' minutes; US boards deny one request and approve
# another so)
AFTER_REFUSAL = re.compile(r",\s+and\s+(?P<at>(approved))(?=\s+(?:the|an?|its)\s)")
# "The Board NOTED the report and ENDORSED the revised policy", "Court noted the report and approved
# the reappointment of ...", "The Committee noted the report and agreed that a follow-up review be
# ...": the routine taking of the item's own paper, named bare ("the report", "the update"), then a
# decision of substance joined by "and" without a comma (NHS boards, university courts, audit
# committees): two acts, two records. Only after noting or receiving the paper: "approved the
# scheme and delegated authority to ..." is one decision and its carrying out; and a paper named
# more closely stays one record with what follows ("noted the action log and agreed to close
# actions 5 and 6", "NOTED the compliance position and ENDORSED the recovery plan": the labelled
# sets written, heldout, heldout2, heldout5 and dev9 read these as one decision).
AFTER_NOTING = re.compile(
    r"^[^.;]*?\b(?i:noted|received)\s+the\s+(?i:report|update|paper)\s+and\s+"
    r"(?P<at>(?:(?:also|further)\s+)?(?i:(approved|agreed|endorsed|ratified|adopted|deferred|supported|accepted)))\b"
)
# the "and" (and its comma) that joined a second act to the first
TRAILING_AND = re.compile(r"[\s,]*\band\s*$")
# The start of a sentence (as SENTENCE_START below, which the patterns after it use)
SENTENCE_START_EARLY = (
    r"(?:^\s*|(?<=[.;:]\s)|(?<=[.;:]\s\s)|(?<=^\d\.\d\s)|(?<=^\d{2}\.\d\s)|(?<=^\d\.\d{2}\s))"
)
# ... or after a leading clause and its comma ("Following discussion, Council approved ...")
AFTER_CLAUSE = r"(?<=,\s)"
# A person who decides alone, at a board that advises them: "The PCC approved the commissioning
# approach", "The Police and Crime Commissioner agreed to propose a precept" (police and crime
# commissioners' accountability boards); "The Cabinet Member approved ..." (English councils'
# individual executive decisions)
SOLE_DECIDER = (
    r"PCC|PFCC|(?:Police,?\s+(?:Fire\s+)?and\s+Crime\s+)?Commissioner|Cabinet Member|Portfolio Holder"
)
# The Board approved ..., the Cabinet agreed ...
BODY_VERB = re.compile(
    rf"(?:\b[Tt]he (?:[A-Z][\w&]*\s+){{0,5}}(?:{BODY_NOUNS}|Members|Group|{SOLE_DECIDER})"
    # a board named by its members: "The Council of Governors NOTED ...", "The Board of Directors
    # APPROVED ...", "The Board of Trustees agreed ..." (NHS foundation trusts, charities)
    rf"(?:\s+of\s+(?:{MEMBERS_OF}))?"
    # ... or its members in lower case: "The trustees AGREED to defer ...", "The trustees noted the
    # updated risk register" (charities' and school governing bodies' minutes)
    r"|\b[Tt]he\s+(?:trustees|governors|directors)"
    # ... or commissioners: "The Commissioners RATIFIED the Chairman’s signature ..." (harbour and
    # port commissioners, Isle of Man local authorities, US boards of commissioners)
    r"|\b[Tt]he\s+(?:[A-Z][\w&]*\s+){0,2}(?-i:Commissioners)"
    # "Council approved the minutes", "Trustees noted the CEO report", "Cabinet noted ...": the
    # body named bare, opening a sentence (university councils, academy trusts, council cabinets)
    rf"|(?:{SENTENCE_START_EARLY}|{AFTER_CLAUSE})(?:Council|Cabinet|Trustees|Governors|Directors|Senate|Court)"
    # ... "Members RESOLVED to accept the quotation ...", "Members noted the report." (English town
    # and parish councils minute the decision with the members as its subject); opening the
    # sentence only: "At that meeting, Members agreed to refer ..." reports another meeting's
    rf"|{SENTENCE_START_EARLY}Members)\s+"
    r"(?:also\s+|then\s+|unanimously\s+|further\s+)?"
    # "The PCC thanked Det Supt McAteer and noted the update": thanks before the decision
    r"(?:thanked\s+[^.;]{1,60}?\s+and\s+)?"
    # "The Board reviewed the action log ... as set out below and agreed that actions marked
    # 'Closed' be removed" (NHS provider collaboratives' and trust boards' minutes): the paper taken
    # first, the decision after "and"
    # ... in capitals too: "The Committee REVIEWED the risks assigned to it and SUPPORTED ..."
    # ... or with no object between: "The Committee scrutinised and noted the Quarter 1 performance
    # report" (Scottish integration joint boards' committees scrutinise what they note)
    r"(?:(?i:reviewed|considered|scrutini[sz]ed|discussed)\s+(?:[^.;]{1,80}?\s+)?and\s+)?"
    # the verb in capitals too: "The Board AGREED that ...", "The Board NOTED the report" (NHS
    # trust boards and health and wellbeing boards set the decision word so)
    # "Council agreed to defer approval ...": deferred (academy trust and university minutes);
    # "The Board AGREED to defer ...": the capitalised word is the minute's decision word
    r"(?i:(?-i:agreed\s+to\s+(defer)\b)|(approved|agreed|"
    # "Council delegated authority to the Vice-Chancellor ..."
    r"delegated(?=\s+(?:its\s+|full\s+)?authority)|endorsed|resolved|"
    # "The Authority DEFERRED a decision on the disposal to its meeting on ..." (fire authority,
    # NHS board and council minutes); not "deferred to the Chair's view"
    r"deferred(?!\s+to\b)|ratified|adopted|accepted|(?:was|were) in (agreement)|"
    # "the Board authorized settlement of the matter ...", "the Board awarded a contract to ...",
    # "the Board continued the public hearing to July 8, 2025" (US county boards of supervisors
    # and commissions report each action so); not "continued its discussion"
    r"authori[sz]ed(?=\s+(?:the\s+|a\s+|an\s+)?[\w-]+)|"
    # "the Board denied the request", "the Board tabled the request ... until the full Board is
    # present", "the Board declared as surplus one (1) 2011 Ford F-250 ..." (US county boards of
    # supervisors and commissions: a refusal, a postponement, a disposal); tabled only with the
    # time it is put off to ("tabled the paper" is "presented it" in British minutes)
    r"denied(?=\s+(?:the|this|that|an?)\s)|"
    # "The Board declined the proposed increase in the student indexing fee" (Commonwealth
    # statutory boards' and regulators' minutes: a refusal); not "declined to comment"
    r"declined(?=\s+(?:the|this|that|an?)\s)|"
    rf"tabled(?=\s[^.;]{{1,160}}?\b(?:until|to\s+(?:the\s+|its\s+)?(?:{MONTHS}|\d|next|special|regular|future)))|"
    r"declared(?=\s+(?:as\s+)?surplus\b)|awarded(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:contracts?|tenders?|bids?|grants?)\b)|"
    rf"continued(?=\s+(?:the\s+|this\s+|[Ii]tem\s+)?(?:[\w-]+\s+){{0,4}}?to\s+(?:a\s+|the\s+)?"
    rf"(?:{MONTHS}|\d|next|special|regular|future)\b)|"
    # "The Board received the Chief Executive's report": a named paper taken formally (not
    # "received an update from the Managing Director on ...", "received assurance")
    # ... or a log or tracker ("The Board received the action log and agreed to close ...": NHS
    # Wales trust boards)
    r"received(?=\s+the\s+(?:[\w'’-]+\s+){0,8}?(?:reports?|minutes|updates?|accounts|statements?|logs?|trackers?|tables?\s+of\s+actions)\b)|"
    # "The Committee RECEIVED LIMITED ASSURANCE on ...", "RECEIVED ASSURANCE from the ... report":
    # the committee's assurance level, set in capitals (NHS Wales and English trust committees)
    # ... or in lower case: "The Committee received limited assurance on VTE risk assessment
    # compliance", "received partial assurance on infection prevention" (English trusts' quality
    # committees); "the Committee had received limited assurance" reports an earlier meeting's
    r"received(?=\s+(?:(?:limited|reasonable|substantial|partial|full|moderate|significant|adequate)\s+)?assurance\b)|"
    # "The Board noted that this cost was not in the financial model": a remark, not a decision
    # ... nor "The Board noted it was important to deliver ...": a clause, not a paper, is noted
    # ... nor "The Committee noted the concern that the savings plan relied ...": a member's
    # worry minuted, not a paper noted (NHS board and committee, council and panel minutes)
    # ... nor "Members noted with concern that costs had been awarded": a remark with its feeling
    # ... nor "The Board noted the risk that the overspend would not be recovered": a worry
    r"noted(?!\s+(?:with\s+(?:some\s+|great\s+)?\w+\s+)?(?:that|it|there|how|what|whether|(?:the\s+|a\s+)?concerns?"
    r"|(?:the\s+|a\s+)?risks?\s+that)\b)|"
    # "The Board SUPPORTED the improvement plan" (NHS trust boards set it in capitals; in lower
    # case "The Primary Care Committee supported the plan on 20 June" reports another's view)
    r"(?-i:SUPPORTED)(?=\s+the\b)|"
    # "The Committee RECOMMENDED that the ICB: (i) extend ...": a scrutiny committee's decision
    # is a recommendation to the body it scrutinises (joint health overview and scrutiny
    # committees set it in capitals; in lower case it reports an officer's advice)
    r"(?-i:RECOMMENDED)(?=\s+(?:that|to)\b)|"
    # "The Partnership CONFIRMED that, in its opinion, the Joint Forward Plan takes proper account
    # of the Integrated Care Strategy" (integrated care partnerships and boards; in lower case
    # "the Chair confirmed that ..." reports a fact)
    r"(?-i:CONFIRMED)|"
    # "The Board took note of the disclosures ...", "The Board granted leave of absence to ...":
    # South Asian and Commonwealth boards' minutes (Indian companies, state corporations)
    r"(took\s+note)(?=\s+of\b)|granted(?=\s+leave\s+of\s+absence\b)|"
    # "The Board confirmed the minutes of Meeting No. 2/2025", "The Board rejected the proposal to
    # dispose of Lot 40512 ..." (Malaysian, Kenyan and other Commonwealth statutory boards; not "the
    # Chair confirmed that ...", a fact reported)
    r"confirmed(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?minutes?\b)|rejected(?=\s+(?:the|this|that|an?)\s)|"
    # "The Board did not approve the proposed increase in fees": a refusal (rejected)
    r"(did\s+not\s+(?:approve|accept|support|endorse))(?=\s+(?:the|this|that|an?|its)\s)))\b"
)
PASSIVE = re.compile(
    # (a possessive among the words before the paper: "The Harbour Master’s report was NOTED")
    r"(?:\b(?:[Tt]he|[Tt]his|These|[Tt]hose)\s+|^\s*(?:[a-z0-9]{1,3}[.)]\s*)?)(?:[\w/’'-]+\s+){0,2}"
    # "The Management Report was noted.", "The following correspondence was noted:" (Irish county
    # council minutes)
    # "The minute of the meeting held on 25 June 2025 was approved" (the Scottish singular)
    # (the papers in the plural too: "The committee reports were received.", "The updated policies
    # were ratified." (academy trust and charity board minutes take several papers at once)
    # (a paper named by its title is capitalised: "Consideration of the Revised Overtime Policy was
    # deferred to the April meeting", "The agenda was confirmed without amendment" (Caribbean,
    # West African and other Commonwealth boards' minutes))
    r"(?:[Mm]inutes?|[Nn]otes?|[Aa]pplications?|[Rr]ecommendations?|[Pp]roposals?|[Rr]eports?|[Pp]lans?|"
    r"[Ss]trategy|[Ss]trategies|[Cc]orrespondence|[Aa]genda|"
    r"[Pp]resentations?|[Uu]pdate|[Pp]olicy|[Pp]olicies|budget|accounts|[Tt]erms of [Rr]eference|[Aa]mendments?|[Mm]otions?|"
    r"[Tt]ransactions|[Pp]ayments?|[Ff]inancials|"
    # the papers a council's annual business approves (parish and town council minutes)
    r"[Aa]ccounts|[Bb]udget(?: [Rr]eview)?|[Ss]tatement|[Rr]eturn|[Rr]isk [Aa]ssessments?|[Ss]tanding [Oo]rders?|"
    r"[Rr]esponsibilities|[Pp]recept|[Qq]uotes?|[Qq]uotations?|[Nn]ominations?|[Cc]alendar|[Ss]chedule|"
    # "The tracker was noted." (committee minutes in a table: the action tracker taken)
    # (a meeting's number may sit between, its "No." stopped: "The Minutes of Meeting No. 111 held
    # on 25th March, 2025 were confirmed" (Caribbean and other Commonwealth boards number meetings))
    r"[Cc]ontract|[Tt]racker|[Aa]ction [Ll]og)\b(?:[^.;]|(?<=\bNo)\.){0,90}?\b(?:was|were|has been|have been)\s+"
    # "were circulated and approved", "was checked and agreed"
    # "The amendment was declared LOST" (council minutes declare a vote's result)
    r"(?:duly\s+|unanimously\s+|declared\s+|(?:circulated|checked|distributed|discussed|considered|reviewed|"
    r"presented|tabled|submitted)\s+and\s+)?"
    # the verb in capitals too: "the minutes were APPROVED", "the motion to veto was LOST"
    # "The proposal to merge the constituencies was deferred to the December meeting" (FT councils
    # of governors, boards and committees put a proposal off so)
    # "The safeguarding policy was re-adopted without change" (a policy renewed: charities, trusts)
    r"(?i:(?:re-)?(agreed|approved|confirmed|endorsed|accepted|noted|ratified|adopted|received|carried|passed|lost|defeated|"
    r"deferred|postponed))\b"
    # "the recommendations in the papers were approved or noted as set out below": a choice of
    # verbs describes the decisions listed after it, and is none itself (university senates'
    # starred items)
    r"(?!\s+or\s+[a-z]+ed\b)"
    # "... have been endorsed by the Safeguarding Board", "... was approved at the December Board":
    # another body's or another meeting's decision, reported
    # "... has been confirmed with CDC": another body's
    # "The report was received without a resolution." (Ontario township minutes): no decision;
    # "The proposal was declared carried and it was" / "AGREED to approve ...": the decision is
    # the one that follows (Northern Irish council minutes after a recorded vote)
    # "The external auditor’s report ... was received on 26/09/24": a date after the verb says when
    # it arrived or was decided elsewhere, not this meeting's decision (parish council packs)
    r"(?!\s+(?:by|at|in|with)\b|\s+without\s+(?:a\s+)?(?:resolution|vote|decision|motion)\b|\s+and\s+it\s+was\b"
    r"|\s+on\s+\d"
    # "... the Transparency Agenda as set out in the paper it was noted that: ...": a remark, its
    # subject "it", not the paper taken (a programme named "Agenda" in UK government boards' minutes)
    r"|\s+that\b)"
)
# What is "received" at a meeting as a decision: minutes, reports and the like taken formally
# ("The report was received"); quotes, payments and applications are received in the post
RECEIVED_SUBJECT = re.compile(
    r"\b(?:[Mm]inutes|[Nn]otes?|[Rr]eports?|[Uu]pdates?|[Pp]resentations?|[Aa]ccounts)\b"
)
IT_WAS = re.compile(
    r"\b[Ii]t was (?:(?:also|therefore|subsequently|then|further|finally|unanimously)\s+){0,2}"
    # "it was unanimously approved and resolved to replicate ...", "It was approved that ...";
    # not "it was approved by the Cabinet in May" (another body's or meeting's approval reported)
    # "It was RESOLVED unanimously that ..." (town council minutes set the verb in capitals)
    r"(?i:(agreed|resolved|decided|supported|approved(?!\s+(?:by|at|in|with|on)\b)))\b"
)
# "It was agreed that the weekend had been a great success", "... that it was desirable that
# improvements could be made": a view the meeting shared, not a decision (parish and society
# minutes): a clause judging what happened, or what would be good, with no one to act
SHARED_VIEW = re.compile(
    r"\s+that\s+(?:[\w'’-]+\s+){0,6}?(?:had been|(?:was|is|were|are)\s+(?:very\s+|most\s+|highly\s+)?"
    r"(?:desirable|important|a (?:great |huge |real )?success|successful|excellent|worthwhile|"
    r"appreciated|helpful|useful|valuable)\b)"
)
# ... or a longer subject whose worth is judged: "Councillors agreed that the community workshop
# held at the Coorabin Hall on 4 June had been valuable", "The Board agreed that the joint session
# with the City Council on March 27 had been useful" (council and school board minutes)
JUDGED_VIEW = re.compile(
    r"\s+that\s+(?:[\w'’,-]+\s+){0,14}?had\s+been\s+(?:very\s+|most\s+|highly\s+|particularly\s+)?"
    r"(?:useful|valuable|helpful|worthwhile|productive|informative|constructive|positive|successful"
    r"|a\s+(?:great\s+|huge\s+|real\s+)?success)\b"
)
# "It was agreed that CD would take no part in the discussion of that item", "... that she would
# leave the meeting for that item": how a declared interest is handled, not a decision of the
# business (declarations of interest in NHS, council and trust minutes)
INTEREST_HANDLING = re.compile(
    # "It was agreed that, as the item did not affect the practice's income, Dr Gallagher could
    # remain ...": a reason between "that" and the member (NHS boards in common)
    r"\s+that(?:,\s+[^,]{1,90},)?\s+(?:he|she|they|[A-Z]{2,4}|(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss)\s+[A-Z][\w'’-]+)\s+"
    r"(?:would|could|should|will|may)\s+(?:not\s+)?(?:leave|take\s+(?:no\s+)?part|withdraw|remain|stay)\b"
)
# "Resolved to write to Mr Hoodless ...", "Agreed that the budget ...": the verb opening the sentence
# (parish and society minutes). "Resolved further that ...", "Further resolved that ...": a further
# limb minuted as a paragraph of its own, a resolution in its own right (Indian university
# syndicates' and senates' minutes, Commonwealth statutory boards)
# The verb may be set in capitals mid-paragraph: "... Ffordd y Capel. RESOLVED to inform the Local
# Planning Authority that ...", "... March 2025. RESOLVED that the Annual Governance Statement be
# approved ... RESOLVED that ..." (Welsh and English town and community councils run a minute's
# resolutions on in its paragraph, after the sentence that sets the item out)
OPENING_VERB = re.compile(
    r"(?:^\s*|(?<=[.;]\s))(?:(Resolved|Agreed|Decided|RESOLVED|AGREED|DECIDED)(?:\s+(?i:further))?"
    r"|Further\s+(resolved|agreed|decided))"
    # "Resolved unanimously that ...", "Resolved by majority that ..." (South Asian cantonment and
    # municipal boards' minutes say how the resolution passed before its text)
    r"(?:\s+(?:unanimously|by\s+(?:a\s+)?majority))?"
    r"\s+(?:that|to|THAT)\b"
)
# "the Jubilee expenditure was approved": any short subject, for the verbs that only a meeting's
# decision takes (the subject list of PASSIVE is for the wider verbs: noted, received, confirmed)
PASSIVE_ANY = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Tt]heir|[Ii]ts)\s+(?:[\w/'’£-]+\s+){0,4}?(?:was|were)\s+"
    r"(?:duly\s+|unanimously\s+)?(approved|adopted|ratified|carried)\b"
    # "... was approved at the December Board", "... adopted by Council": another meeting's; but "The
    # agenda was adopted on the proposal of Ms X" (Irish ETBs' and Scottish community councils'
    # minutes name the proposer so) is this meeting's
    r"(?!\s+(?:by|at|in|with|on(?!\s+the\s+(?:proposal|motion)\b)|for|from)\b)"
    r"(?!\s+or\s+[a-z]+ed\b)"  # "were approved or noted as set out below" (see PASSIVE)
    # "whether inspections were carried out before placement": a phrasal verb, not a vote's result
    r"(?!\s+(?:out|forward|over|through|away|back)\b)"
)
# A clause naming the motion or the vote, leading a sentence whose subject is the body: "On motion
# of Supervisor A, seconded by Supervisor B, the Board ...", "Upon a motion by ...", "By a vote of
# 3-0 (...), the Board ..." (US county boards, commissions and district boards)
MOTION_CLAUSE = re.compile(
    r"\s*(?:(?:On|Upon)\s+(?:a\s+|the\s+)?motion\s+(?:of|by|made\s+by)\b|By\s+a\s+(?:unanimous\s+|majority\s+)?vote\b"
    r"|By\s+(?:unanimous|majority|roll[\s-]call)\s+vote\b)"
)
# A minute that is the record of its action alone, a verb in the past tense and its object under
# the item's heading: "7. CLERK OF THE BOARD" / "Approved the minutes of the regular meeting of May
# 20, 2025.", "Adopted Resolution No. 2025-081 ...", "Received and filed the Quarterly Investment
# Report ...", "Awarded a contract to ..." (US county boards' and city councils' consent calendars;
# the body is the subject left out). The verb as printed is the outcome.
ACTION_SUMMARY = re.compile(
    r"^\s*(Approved|Adopted|Awarded|Authori[sz]ed|Accepted|Received|Ratified|Endorsed|Denied|Confirmed|"
    r"Appointed|Rejected|Deferred|Continued|Noted|Agreed)"
    r"(?:\s+and\s+[a-z]+ed)?\s+(?:the|a|an|all|[A-Z][\w-]*)\b(?!\s*:)"
)
# The start of a sentence: the line's start or after a full stop, semicolon or colon and one
# or two spaces (the two wordings below open a sentence; mid-sentence they report others)
SENTENCE_START = r"(?:^\s*|(?<=[.;:]\s)|(?<=[.;:]\s\s))"
# "Approval was given for the expenditure of £441.86 ...", "Agreement was reached to ...": the
# decision as a noun with "given"/"granted"/"reached" (parish, council and board minutes); not
# "permission" (planning permission is the planning authority's) nor "... by the Cabinet"
GRANTED = re.compile(
    rf"{SENTENCE_START}(?:Formal\s+|Full\s+|Unanimous\s+)?"
    r"(Approval|Agreement|Authority|Authorisation|Authorization)\s+(?:was|were|has been)\s+"
    r"(?:duly\s+|unanimously\s+)?(?:given|granted|reached)\b(?!\s+(?:by|at|in)\b)"
)
# "All agreed that the fencing should be done ...", "Members agreed to ...": the meeting as "all"
# or its members as the subject (parish, society and panel minutes); not "agreed with" (an opinion)
ALL_AGREED = re.compile(
    rf"{SENTENCE_START}(?:All|Everyone|All\s+present|All\s+members|Members|Councillors)\s+"
    r"(?:present\s+)?(?:then\s+|also\s+|unanimously\s+)?(agreed|resolved|decided)\s+(?:that|to|on)\b"
)
# "Subject to this clarification, payment of the invoices was agreed in principle": a decision
# "in principle" whatever its subject (council and board minutes)
IN_PRINCIPLE = re.compile(
    r"\b(?:was|were|has been|have been)\s+(?:unanimously\s+)?(agreed|approved|accepted|supported|endorsed)"
    r"\s+in\s+principle\b"
)
# "CR proposed and BM seconded that a maximum of £200 be set aside": a motion with its mover and
# seconder named (parish and society minutes)
MOVED_SECONDED = re.compile(
    r"\b(?:[A-Z]{2,4}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(proposed|moved)\s+and\s+"
    r"(?:[A-Z]{2,4}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+seconded\b"
)
# "Proposed by Cllr Hargreaves, seconded by Cllr Dunning and RESOLVED to accept ...": the
# motion's mover and seconder, then the verb, in one sentence (English town and parish councils)
# "It was proposed by Mr. Ciarán Moloney, seconded by Cllr. Niamh Gallagher-Keane and agreed that
# the Board approve ...", "The minutes ... were proposed by Cllr. Declan Furey, seconded by Ms. Eileen
# Mulrooney and agreed" (Irish education and training boards and county councils: titles stopped,
# the motion's subject before it); a name may hold a title's or an initial's stop
_NAMED = rf"(?:\b(?:{'|'.join(NAME_ABBREVIATIONS)}|[A-Z])\.|[^.;])"
PROPOSED_BY = re.compile(
    rf"\b(?:[Ii]t\s+was\s+)?(?:Proposed|Moved|proposed|moved)\s+by\s+{_NAMED}{{2,80}}?,?\s+(?:and\s+)?"
    rf"seconded\s+by\s+{_NAMED}{{2,60}}?\s+and\s+"
    r"(?:was\s+|it\s+was\s+)?(?i:(resolved|agreed|carried|approved))\b"
)
# "The minutes of the meetings held in January ... were checked for accuracy and content, agreed as
# a true record and signed": the confirmation of the last minutes, worded the English council way
MINUTES_RECORD = re.compile(
    r"\b(?:[Tt]he|[Tt]hese)\s+(?:[Mm]inutes|[Nn]otes?|[Rr]ecord)\b[^.;]{0,160}?\b"
    r"(?i:(agreed|approved|accepted|confirmed|adopted|signed)\s+as\s+(?:a\s+|an\s+|being\s+a\s+)?"
    r"(?:true|correct|accurate|fair)\b|(approved|agreed|confirmed)\s+and\s+signed\b)"
)
# "... He will carry out the work over 2 weekends. Approved to proceed.": a verdict of a word or
# three closing a paragraph (parish and society minutes); only these short forms, so that
# "Agreed actions are listed below" is not one
VERDICT = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s))(Approved|Agreed|Carried|Resolved|Accepted|Adopted)"
    r"(?:\s+(?:to\s+proceed|unanimously|by\s+all(?:\s+present)?|nem\.?\s*con\.?|by\s+(?:a\s+)?majority))?"
    r"\s*[.!]"
)
# "They also supported the production ...": the body named as the subject of the sentence
# before, referred to again (government board minutes)
THEY = re.compile(
    r"(?:^|(?<=[.;]\s))They\s+(?:also\s+|then\s+|unanimously\s+)*"
    r"(approved|agreed|endorsed|supported|resolved|accepted|adopted|ratified)\b(?!\s+with\b)"
)
BODY_SUBJECT = re.compile(rf"\b[Tt]he (?:[A-Z][\w&]*\s+){{0,5}}(?:{BODY_NOUNS})\b")
# "This was agreed.", "Agreed unanimously.", "That was carried."
THIS_WAS = re.compile(
    r"\b(?:This|That|It)\s+was\s+(?:duly\s+|unanimously\s+)?(agreed|approved|carried|adopted)\b(?!\s+that\b)"
)
# "Amendment lost.", "Motion carried 5-0", "Motion to approve the consent calendar carried 5-0",
# "Minutes from 11/30/17 meeting approved – Z. Maiorca (motion)": a short subject, then the verb
# with no auxiliary, then the end of the line, a dash, a vote or a mover (US and society minutes)
SUBJECT_VERB = re.compile(
    rf"^\s*{BULLET}(?:The\s+)?(?P<subj>[A-Z0-9][^.;:]{{1,90}}?)\s+(?:was\s+|were\s+)?(?:duly\s+|unanimously\s+)?"
    r"(approved|adopted|carried|passed|lost|defeated|rejected|ratified)\b"
    # (a hyphen only after a space: "One lost-time injury ... was reported" is a compound word)
    r"(?=\s*(?:(?<=\s)-|[–—]|\(|\.|,|$|unanimously|\d+\s*[-–]\s*\d+|by\b|with\b|on a vote))"
)
# The last word of SUBJECT_VERB's subject before an "approved" that qualifies a noun ("exceed
# approved budgets", "within the approved", "than adopted"): risk registers' and reports' cells
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:the|an?|of|to|within|exceeds?|exceeding|exceeded|over|under|than|against|from|previously|already)$",
    re.I,
)
# The particle of a phrasal verb opening the next line ("carried" / "out", "passed" / "on to"):
# the verb at the line end is not an outcome
PARTICLE_NEXT = re.compile(r"^\s*(?:out|on|over|forward|through|away|back|along)\b")
# "Unanimous adoption of previous minutes"
NOMINAL = re.compile(rf"^\s*{BULLET}(?:Unanimous(?:ly)?\s+)?(adoption|approval|ratification) of\b")
# "Add infrastructure responsibility to an existing role / has been duly adopted": any subject
# with "duly" (society and council minutes recording a vote's outcome)
DULY = re.compile(
    rf"(?:^|(?<=[.;]\s))\s*(?:[{PUA_BULLET}•●○■▪◦o-]\s+)?[A-Z][^.;:{PUA_BULLET}•●○■▪◦]{{2,120}}?\s+"
    r"(?:has been|have been|was|were|is|are)\s+duly\s+(adopted|approved|carried|passed|agreed|ratified)\b"
)
# "Professor X is duly elected President", "Cllr Y was appointed Vice-Chair"
ELECTED = re.compile(
    r"\b[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:is|was|were|are|has been|have been)\s+"
    r"(?:duly\s+|unanimously\s+)?(elected|re-elected|appointed|re-appointed|co-opted)\b"
)
# "Councillor O'Rourke was appointed to the Audit and Standards Committee, and Councillor Mahmood
# was ELECTED as Vice-Chair ...": a second appointment in the sentence of the first (council and
# fire authority minutes), a record of its own
SECOND_ELECTED = re.compile(
    r",\s+and\s+(?P<at>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:is|was|were|are|has been|have been)\s+"
    r"(?:duly\s+|unanimously\s+)?(?i:(elected|re-elected|appointed|re-appointed|co-opted))\b)"
)
# Every word one of the patterns decisions_in tries on a line's window needs, as lower-case stems:
# a window with none of them cannot match any, and is passed over with substring tests (87% of the
# bulk corpus's windows; trying the twenty patterns on each was about 2.5% of text-only ingest)
_VERB_STEMS = (
    "agree", "approv", "resolv", "decid", "support", "endors", "ratif", "adopt", "accept", "carri",
    "passed", "lost", "defeat", "defer", "postpon", "noted", "receiv", "confirm", "delegat", "authori",
    "denied", "tabled", "declared", "awarded", "continued", "recommend", "elect", "appoint", "co-opt",
    "propos", "moved", "seconded", "given", "granted", "reached", "signed", "took note",
)  # fmt: skip
# "It was proposed that ..." recorded with a seconder ("Prop: AM 2nd: CR")
PROPOSED = re.compile(r"\b[Ii]t was (proposed)\b")
SECONDED = re.compile(r"\b(?:2nd|seconded|second(?:ed)? by)\b", re.I)
OUTCOME_WORD = {
    "defer": "deferred",
    "defeated": "rejected", "passed": "carried", "moved": "proposed", "adoption": "adopted",
    "approval": "approved", "ratification": "ratified", "agreement": "agreed",
    "authority": "authorised", "authorisation": "authorised", "authorization": "authorised",
    # US boards' words for a refusal, a postponement and a disposal (BODY_VERB)
    "denied": "rejected", "tabled": "deferred", "declared": "approved", "declined": "rejected",
    "took note": "noted", "granted": "approved",
    "did not approve": "rejected", "did not accept": "rejected", "did not support": "rejected",
    "did not endorse": "rejected",
}  # fmt: skip
# "2.4. The City ICB NOTED the Register of Interests."
# Trusts meeting jointly name the joint meeting, or one trust's board with its part in a clause:
# "The Boards in Common NOTED the action log.", "The Board of Ravensmoor and Dunstall NHS Trust,
# as host organisation, APPROVED the award ..." (NHS trusts' boards and committees in common)
# ... or an English further education college's governing body, "The Corporation NOTED the report."
BODY_CAPS = re.compile(
    rf"^\s*(?:[\d.]+\s*)?The\s+((?:[A-Z][\w&]*\s+){{1,6}}?(?:{BODY_NOUNS}|[A-Z]{{2,5}})|Corporation"
    rf"|(?:{BODY_NOUNS}|Committees)\s+in\s+Common"
    rf"|Board\s+of\s+(?:(?:[A-Z][\w&]*|and)\s+){{1,8}}?(?:{BODY_NOUNS}))"
    r"(?:,[^,]{1,60},)?\s+(RESOLVED|APPROVED|NOTED|ENDORSED|AGREED|RATIFIED|ADOPTED|ACCEPTED|RECEIVED|DEFERRED)\b"
)
# A council executive's record of decisions (decision notice): one ruled table per decision, its
# head "Decision No. CAB/24/071 | Agenda item 5 | Medium Term Financial Plan ..." and field rows
# "Decision: Cabinet RESOLVED:" / "Decision: That the contract ... be awarded ..." / "Reasons ..." /
# "Alternatives considered ..." (English county and unitary councils publish these after each
# Cabinet; "Decision Ref: ED/24/12 | Item 4: ..." in others). The agenda item is the minute.
# ... or the decision's own number and its title, no agenda item: "Decision No. 2025/41 | Revenue and
# Capital Budget Monitoring 2025/26 – Quarter 1" (the decision number is the minute's)
NOTICE_HEAD = re.compile(
    r"^\s*Decision\s+(?:No\.?|Number|Ref(?:erence)?\.?)\s*:?\s*(?P<ref>[A-Z]{0,5}/?\d[\w/.-]*)\s+"
    r"(?:(?:Agenda\s+)?[Ii]tem\s+(?:No\.?\s*)?(?P<item>\d{1,3}[a-z]?)\s*[:.–-]?\s+)?(?P<title>[A-Z(‘'\"]\S*.*)$"
)
# ... or the same fields as label rows, one a line: "Decision number 25/008" / "Agenda item 5" /
# "Title Revenue Budget 2025/26" (English councils' records of decisions as a column of labels)
NOTICE_REF_ROW = re.compile(
    r"^\s*Decision\s+(?:No\.?|[Nn]umber|[Rr]ef(?:erence)?\.?)\s*:?\s*(?P<ref>[A-Z]{0,5}/?\d[\w/.-]*)\s*$"
)
NOTICE_ITEM_ROW = re.compile(r"^\s*(?:Agenda\s+)?[Ii]tem\s+(?:No\.?\s*)?:?\s*(\d{1,3}[a-z]?)\s*$")
NOTICE_TITLE_ROW = re.compile(
    r"^\s*(?:Title|Subject|Decision\s+title|Report\s+title)\s*:?\s+(?=[A-Z0-9(‘'\"])(.+)$"
)
# ... and the label rows of its other fields, set in bold like headings: not minutes' headings
NOTICE_LABEL_ROW = re.compile(
    r"^\s*(?:Key\s+decision|Portfolio\s+holder|Decision\s+maker|Wards?\s+affected|Forward\s+plan|Call-?in)\b",
    re.I,
)
# the label rows a notice's reference is followed by before its title (the item number, or none)
NOTICE_LABEL_ROWS = 2
# ... a title wrapped onto the next line: short, every word capitalised or a figure ("Budget
# Consultation", "(2025–2032)", "Nursing Care 2024/25")
NOTICE_TITLE_WRAP = re.compile(r"^\s*(?:[(\[]?[A-Z0-9][\w’'/&().–-]*\s*){1,6}$")
NOTICE_TITLE_WRAP_CHARS = 40
# ... the field that holds the decision, with the decision after its label
DECISION_FIELD = re.compile(r"^\s*Decisions?\s*:\s+(?=\S)")
# ... or, in a notice, the label as a cell with no colon beside the decision: "Decision | Cabinet
# APPROVED the ...", "Decision | Cabinet:" over its list, "Decision | That the contract ..."
DECISION_CELL = re.compile(r"^\s*Decisions?\s+(?=[A-Z])(?!No\b|Number\b|Ref)")
# ... the fields that give the reasons and the options rejected: not decisions ("Not to accept the
# grant – rejected.", "The procurement was carried out ...")
# (the label alone on its line, before a colon, or before the field's text in capitals: "Reasons
# The Council has a statutory duty ..."; not "Reasons were given ..." running on in a paragraph)
REASONS_FIELD = re.compile(
    r"^\s*(?:Reasons?(?:\s+for\s+(?:the\s+)?decisions?)?|Alternatives?(?:\s+options)?(?:\s+considered)?|"
    r"Alternative\s+options\s+considered(?:\s+and\s+rejected)?|Options\s+considered|"
    # "Call-in deadline | Urgent – exempt from call-in. The Chairman of the Scrutiny Management Board
    # agreed ...": when the decision may be called in, and by whom (English councils' notices)
    r"Call-?in(?:\s+(?:deadline|period|date|expiry))?)"
    r"\s*(?::|$|(?=\s+[A-Z(0-9]))"
)
# "That the contract ... be awarded to ...", "That the report be noted, and ...": a resolution
# worded as a "That ... be" clause, the participle its outcome
THAT_BE = re.compile(r"^\s*That\b[^.;]*?\bbe\s+([a-z]+ed)\b")
DECISION_HEAD = re.compile(r"^\s*(?:decision|decisions|resolution|resolved)\s*[:\-–]?\s*$", re.I)
ITEM_MARK = re.compile(r"^\s*\(Item\s+\d+\)\s*$")
# Minute numbers: "6", "6.4", "03.18.07" (month.year.item, as parish clerks number them),
# "14/037" (year/sequence: English parish and town councils number minutes through the
# council year so; two digits after the slash only before a colon, so "20/21" as a financial
# year is not one) and a body's coded numbers "TB(5)3.ii" (Transparency Board papers)
ITEM_NUMBER = (
    # "7.a", "10.b": a lettered sub-item of a numbered section (US city council and county board
    # minutes number consent calendar and new business items so)
    # "24/11/03": year, month and sequence (NHS Wales trust boards number minutes so)
    # "25/30 CHAIR'S WELCOME AND APOLOGIES": year/sequence with two digits before a title in
    # capitals (NHS Scotland board minutes; a financial year "24/25" heads no capitals title);
    # "8/25 TREASURY MANAGEMENT" with one digit before the slash (joint audit committees)
    # (not a dated row of a schedule of payments, "25/04/18 HMRC PAYE 16.00": an amount ends it)
    r"\d{2}/\d{2}/\d{2,3}(?![\d/])(?!.*\d[.,]\d\d\s*$)|\d{2}/\d{3}(?!\d)|\d{1,2}/\d{2}(?=:|\s+[A-Z][A-Z’'(),–-]+:?\s+[A-Z0-9][A-Z0-9’'(),:–-]+)|\d{1,3}(?:\.\d{1,3}){0,2}(?:\.[a-z](?![\w.]))?"
    r"|[A-Z]{1,4}\s?\(\d{1,3}\)\s?\d{1,3}(?:\.(?:[ivx]{1,4}|\d{1,2}))?"
    # a body's code, the year and a sequence: "ARC 24/25 - 014", "ICB 24/25-014" (NHS audit
    # committees and ICB boards), "BoD/24/033" (trust boards); a code and a sequence: "CAB 30"
    # (council cabinets and committees number minutes through the year so)
    r"|[A-Z][A-Za-z]{1,4}\s?\d{2}/\d{2}\s?[-–]\s?\d{2,3}(?!\d)|[A-Z][A-Za-z]{1,4}/\d{2}/\d{2,3}(?!\d)"
    # the body's code before year, month and sequence: "UHB 25/07/004" (Welsh health boards)
    r"|[A-Z]{2,5}\s\d{2}/\d{2}/\d{2,3}(?![\d/])"
    # a code, the sequence and the full year: "MM/247/2025", "CPG/12/2024" (Irish county and city
    # councils number minutes so)
    r"|[A-Z]{1,4}/\d{1,4}/(?:19|20)\d{2}(?!\d)"
    # a body's code and the year/sequence: "PB 25/03" (NHS trust boards), "B24/60" (housing
    # association boards)
    r"|[A-Z][A-Za-z]{0,4}\s?\d{2}/\d{2,3}(?![\d/])"
    r"|[A-Z]{2,5}\s\d{1,3}(?![\d/.])"
    # "IV. APPROVAL OF AGENDA", "IX. ACTION ITEMS": a roman section over a title in capitals (US
    # school district and county board minutes)
    r"|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?=\.\s+[A-Z][A-Z’'&/,()–-]+(?:\s+[A-Z][A-Z’'&/,()–-]*)*\s*$)"
    # "(21) APOLOGIES FOR ABSENCE", "(24) PROVISIONAL REVENUE OUTTURN": a minute number in brackets
    # (English district and county council cabinet and committee minutes); a resolution's parts
    # "(1) the outturn be noted" are numbered so too, so such a line heads a minute only when set
    # as a heading or its title is in capitals (_is_item_head)
    r"|\(\d{1,3}\)"
)
ITEM_WORD = re.compile(r"^\s*Item\s+\d")
# A minute number in brackets alone (see ITEM_NUMBER)
BRACKETED_NUMBER = re.compile(r"\(\d{1,3}\)")
# "Item 3 Minutes of the meeting of 15 May 2025": the word "Item" and the number before the title
# with no colon or dash, set as a heading (shaded or bold minute headings in academy trust, school
# governor and charity board minutes); in running text "Item 6 A briefing on ..." cites an item,
# so only a line the layout layer sets as a heading is one (_is_item_head)
ITEM_HEAD_WORD = re.compile(
    r"^\s*Item\s+(\d{1,3}(?:\.\d{1,2})?[a-z]?)\s+(?![–-])((?:[A-Z]|(?:19|20)\d{2}(?:/\d{2})?\s+(?=\w)).{2,150})$"
)
# A planning application's reference: "25/00942/OUT", "2025/0456/FUL", "P/25/00123"
PLANNING_REF = r"(?:\d{2,4}/\d{3,6}/[A-Z]{2,5}|[A-Z]{1,3}/\d{2,4}/\d{3,6})\b"
# ... or a decision's reference and a dash: "(25) 25/00088 – TOWN CENTRE SHOPFRONT GRANTS" (English
# councils number key decisions on the forward plan so, and print the number before the title)
DECISION_REF = r"\d{2,4}/\d{3,6}\s+[–-]\s+(?=[A-Z])"
ITEM_HEAD = re.compile(
    # "Item 1: Minutes and Action Points" (a colon or dash after the number: "Item 6 A briefing on
    # ..." in running text refers to an item)
    # "Minute 24/140 Apologies for absence", "Minute 12 Students' Union" (town councils and
    # university councils print the word before the number)
    # a title may open with a financial year: "10.1.2 2024/25 Annual Financial Report" (Australian
    # shire minutes; English councils' "2025/26 Budget" items), written with a dash too: "6.1
    # 2025-2026 Operating Budget", "2025–26 Capital Plan" (Canadian hospital and NZ council boards),
    # or a calendar year alone: "7.2 2026 Operating Budget Request" (Canadian police commissions)
    # ... or with a planning application's reference: "47  25/00942/OUT – LAND EAST OF ..."
    # (district planning committees; "2025/0456/FUL", "P/25/00123" elsewhere)
    # ... or marked with a star: "*25/46 REPORTS OF FACULTY BOARDS" (a starred item, taken without
    # discussion: UK university senates and councils)
    # ... "25/44 REF 2029: DRAFT CODE OF PRACTICE": a year/sequence number over a title in capitals
    # whose second word is a figure
    rf"^\s*(?:\uf0b7\s*|\*\s?)?(?:Item\s+(?=\d{{1,3}}\s*[:–-])|Minute\s+(?=\d))?({ITEM_NUMBER})[.:]?\s+(?:[–-]\s+)?(?!{MONTHS}\b)((?:[A-Z(\"'‘]|(?:19|20)\d{{2}}(?:[/–-](?:19|20)?\d{{2}})?\s+(?=[A-Z])|{PLANNING_REF}\s+(?=\S)|{DECISION_REF}).{{2,150}})$"
)
# A minute headed "MIN." and a coded number, a colon, then the title: "MIN. TCRT/27/03/2025: ADOPTION
# OF THE AGENDA", "MIN. 03/14/2025: CONFIRMATION OF MINUTES", "MIN. TLWWDA/BRD/16/2025: Award of
# Tender" (East African state corporations', water boards' and councils' minutes number each
# minute by the body's code, the meeting, the sequence and the year). The number is kept without
# "MIN." (as "Minute 24/140" keeps "24/140"); the prefix makes it a heading whatever number came before.
MIN_HEAD = re.compile(
    r"^\s*MIN(?:UTE)?\.?\s*(?:NO\.?\s*)?((?:[A-Z]{2,10}/){0,3}\d{1,3}/\d{1,4}(?:/\d{2,4})?)\s*[:.–-]\s*(\S.{2,150})$",
    re.I,
)
# a coded number may head a title in lower case ("TB(5)5 data.gov.uk")
ITEM_HEAD_CODED = re.compile(
    r"^\s*([A-Z]{1,4}\s?\(\d{1,3}\)\s?\d{1,3}(?:\.(?:[ivx]{1,4}|\d{1,2}))?)[.:]?\s+(\S.{2,150})$"
)
ITEM_HEAD_MARKED = re.compile(r"^\s*(\d{1,3})\.\s+(\S.{2,150})$")
END_MARK = re.compile(
    r"^\s*(?:title of report|report of|subject|report to|report title)\s*:|^\s*CHAIR\s*$|"
    r"\baction (?:tracker|log)\s*$",
    re.I,
)
DECIDER = re.compile(
    rf"^\s*(?:\uf0b7\s*)?(?:[\d.]+\s*)?The\s+((?:[A-Z][\w&]*\s+){{1,6}}(?:{BODY_NOUNS}|[A-Z]{{2,5}}))\s*:?\s*$"
)
SUBITEM = re.compile(rf"^\s*(?:\(?[a-zA-Z0-9]{{1,3}}[.)]|[{PUA_BULLET}•●▪o-])\s+")
# A lettered sub-item of a minute: "b) Easter Egg Hunt – It was resolved ..."
# ("(a) whether to ..." in parentheses is a list inside a paragraph, as in Kent's minutes)
LETTER_ITEM = re.compile(r"^\s*([a-z])\)\s+(\S.*)$")
# The mover and seconder recorded under a motion: "Prop: CR 2nd: KD", "Proposed: CR"
MOVER_LINE = re.compile(r"^\s*(?:prop(?:osed)?(?: by)?|moved(?: by)?|seconded(?: by)?)\b\s*:?", re.I)
# The number of a minute's paragraph opening its line: "25/39.2" (UK university senates number
# paragraphs under year/sequence minutes), "4.2.1", "12.3" (council and board minutes), "FRA/25/26.1"
PARAGRAPH_NUMBER = re.compile(r"^\s*(?:[A-Z]{1,5}/)?(?:\d{1,3}/)?\d{1,3}(?:\.\d{1,3}){1,2}\.?\s+(?=[A-Z])")
# A field label starting a line ("Matters arising:", "Payments:") ends a decision's sentence
LABEL_LINE = re.compile(r"^\s*[A-Z][\w’' ]{1,30}:(?:\s|$)")
# ... and so does a topic led in with a dash ("Tree Roots – It was resolved ...", "Salt Bages- These
# have now been delivered"): parish minutes' sub-items under one numbered minute
DASH_LABEL_LINE = re.compile(r"^\s*[A-Z][\w’']*(?: [A-Z]?[\w’']+){0,3}\s?[–-]\s+[A-Z]")


@dataclass
class Line:
    page: int
    text: str
    # set by _stream from the layout layer: a heading (larger, or short bold/capitals), and a
    # line that starts a paragraph (after a blank gap or at the top of a page)
    heading: bool = False
    para_start: bool = False
    layout: LayoutLine | None = None  # the layout layer's line (box, cells), when matched
    counted: bool = False  # a minute's "N/YY" number in a run counting up (_sequence_year_heads)


def _layout_marks(doc: Document) -> dict[tuple[int, str], tuple[bool, bool, LayoutLine]]:
    """(page, text without spaces) -> (heading, starts a paragraph) for the layout's lines,
    built once per document. Text lines are matched to layout lines by their characters
    (the two readings space words differently)."""
    marks = doc.derived.get("line_marks")
    if isinstance(marks, dict):
        return marks
    marks = {}
    for page in layout_of(doc).pages:
        prev = None
        for ln in page.lines:
            start = prev is None
            if prev is not None and ln.has_box and prev.has_box:
                height = max(min(prev.height, ln.height), 1.0)
                start = ln.top - prev.bottom > (PARA_GAP_HEIGHTS - 1) * height + 2
            key = (page.number, "".join(ln.text.split()))
            marks.setdefault(key, (ln.heading, start, ln))
            prev = ln
    doc.derived["line_marks"] = marks
    return marks


# "Chair" alone on a line, and a line that stops mid-sentence or mid-list ("...; and", "..., the",
# "... as follows:"): under such a line "Chair" is an action column's owner, not a signature
CHAIR_ALONE = re.compile(r"^\s*CHAIR\s*$", re.I)
RUNS_ON_TO_LIST = re.compile(r"(?:[,;:]|\b(?:and|or|of|for|to|the|a|an|in|on|with|by|from|at))\s*$")
# ... or a line ending in a word that qualifies a chair: "Dr. Aaron J. Hadley, Au.D., Vice" /
# "Chair" is a member's role wrapped in a narrow column of the attendance list at the head of the
# minutes (US licensing boards' and other boards' "Members Present" columns), not the signature
# under them
CHAIR_QUALIFIER_BEFORE = re.compile(r"\b(?:Vice|Deputy|Acting|Interim|Co|Joint|Past|Immediate)[\s-]*$", re.I)


# A running header or footer sits within this many non-blank lines of the top or the bottom of
# its page (the written sets' furniture takes 1-3 lines: a running title, a date, "Page 3 of 8")
FURNITURE_LINES = 4


def _page_edges(lines: list[str]) -> set[int]:
    """Indexes of the lines a running header or footer can be: the first and last
    FURNITURE_LINES non-blank lines of the page. "Motion carried 6-0." and "Absent: Lindqvist."
    repeat on most pages of a short US board's minutes, mid-page: they are the minutes' text
    (school district and city council minutes), not furniture."""
    filled = [i for i, t in enumerate(lines) if t.strip()]
    return set(filled[:FURNITURE_LINES] + filled[-FURNITURE_LINES:])


# A page number between dashes, "- 2 -" / "– 14 –" (English district councils' minutes)
PAGE_NUMBER_DASHED = re.compile(r"^\s*[-–—]\s*\d{1,3}\s*[-–—]\s*$")


def _stream(
    doc: Document,
    start_page: int,
    start_line: int,
    stop: tuple[int, int] | None,
    mid_page_repeats: bool = False,
) -> list[Line]:
    """The lines of a minute from (start_page, start_line) to stop, running headers and footers
    and page numbers left out. With mid_page_repeats, a line found on most pages is kept unless
    it sits at a page's edge (the decisions reader: "Motion carried 6-0." is minuted on most pages
    of a short US board's minutes); the attendance reader drops them wherever they are."""
    out: list[Line] = []
    skip = boilerplate(doc)
    marks = _layout_marks(doc)
    for page in doc.pages[start_page - 1 :]:
        lines = page.lines
        edges = _page_edges(lines)
        first = start_line if page.number == start_page else 0
        for k in range(first, len(lines)):
            if stop and (page.number, k) >= stop:
                return out
            t = lines[k].rstrip()
            if re.match(r"^\s*page \d+\s*$", t, re.I) or re.match(r"^\s*\d{1,3}\s*$", t):
                continue
            if PAGE_NUMBER_DASHED.match(t):
                continue  # "- 2 -" (its closing dash would read as a lead-in's, LEAD_END)
            if (
                t.strip() in skip
                and (k in edges or not mid_page_repeats)
                and not re.search(LEAD_END, t)
                # "CARRIED 7/0" at the top of a page, under the resolution that ran over from the
                # page before (Australian shire minutes): a result is never a running header
                and not (mid_page_repeats and RESULT_ALONE.match(t))
                # "Kimberly Stroud   Yes" / "Final Resolution: Motion Passes 6-0" at a page's foot
                # or head: a member's vote and a labelled motion's result (US school boards' minutes
                # repeat them under every motion), never furniture
                and not (mid_page_repeats and (MEMBER_VOTE_ROW.match(t) or FINAL_RESULT.match(t)))
                # "Decision number 25/008" / "Agenda item 5" at a page's foot: a record of
                # decisions' label rows, on most pages with their numbers masked, not furniture
                and not (
                    mid_page_repeats
                    and (
                        NOTICE_REF_ROW.match(t)
                        or (NOTICE_ITEM_ROW.match(t) and out and NOTICE_REF_ROW.match(out[-1].text))
                    )
                )
            ):
                # a line on most pages ending in a colon is a label the minutes repeat ("The
                # Committee:", "Decision:", "Reasons for decision:" in audit committee and cabinet
                # minutes; "The Committee agreed:-" in Scottish council minutes), not a running
                # header or footer
                continue
            if page.number != start_page or k > first:
                # a numbered minute heading ("4. MINUTES ... AND ACTION LOG") is not a new paper
                # (nor "B24/61 Matters arising and action log": a coded minute's heading)
                if (
                    END_MARK.search(t)
                    and not re.match(r"^\s*\d{1,3}(?:\.\d{1,2})*\.?\s", t)
                    and not ITEM_HEAD.match(t)
                ):
                    if (
                        CHAIR_ALONE.match(t)
                        and out
                        and (
                            RUNS_ON_TO_LIST.search(out[-1].text)
                            or CHAIR_QUALIFIER_BEFORE.search(out[-1].text)
                        )
                    ):
                        # "(b) ... be conveyed by the Chair to ...; and" / "Chair" / "(c) ...": the
                        # owner in an action column beside a resolution's parts (English county
                        # scrutiny minutes), not the chair's signature under the minutes, which
                        # follows a finished sentence
                        continue
                    if re.match(r"^\s*CHAIR\s*$", t):
                        return out
                    if _wraps_stacked_head(out):
                        # "3." / "ROLLING" / "ACTION LOG": a minute's title wrapped word by word
                        # in the narrow left column of two-column minutes (Scottish council and
                        # IJB committee minutes), not an action log's own heading
                        pass
                    elif k < 6 or END_MARK.match(t):
                        return out
            heading, start, lay = marks.get((page.number, "".join(t.split())), (False, False, None))
            out.append(Line(page.number, t, heading, start, lay))
    return out


# A minute's bare number over its title wrapped in a narrow left column ("3." / "ROLLING" /
# "ACTION LOG"; "QSC 25/064" / "Action log" / "and matters" / "arising"): two-column minutes
# (Scottish council, IJB and NHS committee minutes) and minutes set as a table Item | Discussion |
# Action (NHS trust committees) stack the title a word or two a line beside the minute's text
STACKED_NUMBER = re.compile(rf"^\s*(?:\d{{1,3}}\.?|(?=[A-Z])(?:{ITEM_NUMBER})\.?)\s*$")
# the longest bare number the reader looks at ("QSC 25/064.", "UHB 25/07/004" with margins)
STACKED_NUMBER_CHARS = 20
# ... in mixed case: a short line of a title ("Minutes of" / "the previous" / "meeting held"); the
# written sets' title cells wrap at 10-16 characters, body text in the next column runs to 60+
STACKED_WORDS = re.compile(r"^\s*[\w(‘'–-][\w ,&’'()/–-]{0,29}$")
# the written sets' stacked titles run to six fragments ("Patient" / "safety" / "incident" /
# "response" / "framework" / "(PSIRF) –" and one more); a little more for a longer title
STACKED_MAX_FRAGMENTS = 8


def _wraps_stacked_head(out: list[Line]) -> bool:
    """Whether the line about to follow `out` continues a minute's title stacked under its bare
    number in a left column (only short capitals between the number and here)."""
    for back in range(1, min(len(out), STACKED_MAX_FRAGMENTS) + 1):
        t = out[-back].text
        if STACKED_NUMBER.match(t):
            return True
        if not STACKED_WORDS.match(t):
            return False
    return False


def _join_stacked_heads(lines: list[Line]) -> list[Line]:
    """Two-column minutes' headings read as one line: a bare minute number ("4.") followed by its
    title stacked a word or two a line in the left column ("UNAUDITED" / "ANNUAL" / "ACCOUNTS" /
    "2024/25") becomes "4. UNAUDITED ANNUAL ACCOUNTS 2024/25", set as a heading, so the minute's
    number and title head the decisions below it. Only a number followed by short fragments is
    joined ("5." beside a long line of text stays as it is)."""
    # cheap gate: a bare number is a short line
    if not any(len(ln.text) <= STACKED_NUMBER_CHARS and STACKED_NUMBER.match(ln.text) for ln in lines):
        return lines
    out: list[Line] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        # not a number that ends a wrapped sentence ("... the Board seminar in" / "QSC 25/052.")
        if (
            len(ln.text) <= STACKED_NUMBER_CHARS
            and STACKED_NUMBER.match(ln.text)
            and not (out and RUNS_ON.search(out[-1].text))
        ):
            j = k + 1
            while (
                j < len(lines)
                and j - k <= STACKED_MAX_FRAGMENTS
                and lines[j].page == ln.page
                and STACKED_WORDS.match(lines[j].text)
                and not STACKED_NUMBER.match(lines[j].text)
                and not lines[j].text.rstrip().endswith(".")  # "None." in the discussion column
                # the title opens with a capital; a later fragment may be a year ("2024/25")
                and (j > k + 1 or lines[j].text.lstrip()[:1].isupper())
            ):
                j += 1
            if j > k + 1:
                title = " ".join(x.text.strip() for x in lines[k + 1 : j])
                out.append(Line(ln.page, f"{ln.text.strip().rstrip('.')}. {title}", True, True, ln.layout))
                k = j
                continue
        out.append(ln)
        k += 1
    return out


# A mover or seconder recorded at the end of a line: "... were approved Prop: CR 2nd: KD"
INLINE_MOVER = re.compile(
    r"\b(?:Prop(?:osed)?(?: by)?|Moved(?: by)?|2nd|Seconded(?: by)?)\s*[:\-]?\s*[A-Z]{2,4}\b"
)
# a full stop or semicolon before a capital ends a sentence; not the stop of an abbreviation that
# runs on in the middle of one ("celebrations, i.e. Easter Egg Hunt", "e.g. Parking"). So does
# one inside a closing quotation mark: '... be and are hereby approved." The Board further ...'
# (resolutions minuted as quotations: Indian companies' and state corporations' board minutes)
_NOT_AFTER_NAME_ABBREVIATION = "".join(rf"(?<!\b{a}\.)" for a in NAME_ABBREVIATIONS)
SENTENCE_BREAK = re.compile(
    r"(?:(?<=[a-z0-9)][.;])|(?<=[a-z0-9)][.;][”\"]))(?<!\bi\.e\.)(?<!\be\.g\.)(?<!\bviz\.)(?<!\bcf\.)(?<!\bapprox\.)(?<!\bincl\.)"
    rf"{_NOT_AFTER_NAME_ABBREVIATION}\s+(?=[A-Z])"
)
# A line ending on such a stop runs on: "... were proposed by Cllr." / "Declan Furey, seconded by ..."
ENDS_ON_NAME_ABBREVIATION = re.compile(rf"\b(?:{'|'.join(NAME_ABBREVIATIONS)})\.$")
# Where a passive decision's subject may begin: after a sentence, a label ("Finance: ...") or a
# topic led in with a dash ("Risk Assessment – The documents ... were approved")
SUBJECT_START = re.compile(rf"{SENTENCE_BREAK.pattern}|(?<=:)\s+(?=[A-Z])|\s[–—-]\s+(?=[A-Z])")
# a line that stops mid-sentence: its sentence runs on to the next line
RUNS_ON = re.compile(r"(?:,|\b(?:and|or|of|for|to|the|a|an|in|on|with|by|from|at))\s*$")


# "“That Kilbrannagh County Council carries out a speed survey ...”" / "Reply: ..." / "Cllr. Daly
# proposed the motion, seconded by Cllr. McGrath. Following the reply, the motion was agreed.": a
# notice of motion quoted whole above the sentence that gives its result (Irish county councils and
# municipal districts): the quotation is what was decided, read with the result
RESULT_OF_MOTION = re.compile(r"^\s*(?:[Tt]he\s+)?motion\s+was\s+")
QUOTED_MOTION = re.compile(r"^\s*[“\"](?:That|THAT)\s")
# the quotation opens at most this many lines above the result (a quotation of three lines, the
# executive's reply of three and the mover's sentence of two between, in the written Irish minutes)
QUOTE_BACK_LINES = 10


def _quoted_motion(lines: list[Line], k: int, after: int, heads: list[bool]) -> str | None:
    """The quoted motion (see QUOTED_MOTION) opening after lines[after] and within QUOTE_BACK_LINES
    above lines[k], up to its closing quotation mark; None when a heading comes first (another
    item's or motion's) or no closed quotation is found."""
    for i in range(k - 1, max(after, k - QUOTE_BACK_LINES - 1), -1):
        if heads[i]:
            return None
        if QUOTED_MOTION.match(lines[i].text):
            parts: list[str] = []
            for x in lines[i:k]:
                parts.append(x.text.strip())
                if x.text.rstrip().endswith(("”", '"')):
                    break
            quote = " ".join(parts)
            return quote if quote.endswith(("”", '"')) else None
    return None


# A line shorter than this share of the longest nearby line ends its paragraph (when the
# next begins with a capital): minutes typed without full stops ("... were approved" / "Online
# banking has now been set up ...").
SHORT_LINE_SHARE = 0.6


def _longest(lines: list[Line], j: int) -> int:
    """The longest line within 20 lines of j: the text width of the page, in characters."""
    return max(len(x.text.rstrip()) for x in lines[max(0, j - 20) : j + 20])


def _sentence_end(lines: list[Line], i: int, start_col: int, use_marks: bool = False) -> tuple[str, int]:
    text, j, _ = _sentence_span(lines, i, start_col, use_marks)
    return text, j


# A vote's tally under the sentence that records it: "In Favor: 8 - Alvarado, ...", "Ayes: 5",
# "Opposed: None", a roll-call table's head "Councilmember  Yes  No  Abstain" (US city councils)
# ... in capitals too: "AYES: Supervisors ..." / "NOES: None" / "ABSENT: ..." (California county boards)
VOTE_TALLY = re.compile(
    r"^\s*(?:In\s+Favou?r|Ayes?|Yeas?|Nays?|Noes|Opposed|Against|Abstain(?:ed|ing)?|Councilmember\s+Yes"
    r"|AYES?|YEAS?|NAYS?|NOES|OPPOSED|AGAINST|ABSTAIN(?:ED|ING)?|ABSENT|RECUSED)\b"
)
# The words that lead into such a tally after a comma, no part of what was decided: "..., by the
# following vote:", "..., as follows:" (not "... were confirmed by the following vote:")
TALLY_LEAD = re.compile(r",\s*(?:by\s+the\s+following\s+(?:roll[\s-]call\s+)?vote|as\s+follows)\s*:$")


# A sentence cut mid-phrase: it ends on a preposition, article or conjunction
OPEN_END = re.compile(r"\b(?:and|or|of|the|to|a|an|for|in|on|by|with|from|that|be)$")


def _sentence_span(
    lines: list[Line], i: int, start_col: int, use_marks: bool = False
) -> tuple[str, int, int]:
    """Text from lines[i][start_col:] to the end of its sentence or, after a
    closing colon, of the enumerated list that follows. Returns (text, last index)."""
    parts = [lines[i].text[start_col:].strip()]
    j = i
    in_list = parts[0].endswith(":")
    seen_sub = False
    list_style: str | None = None
    while True:
        cur = " ".join(parts).rstrip()
        if not in_list:
            if re.search(r"[.;]$", cur) and not ENDS_ON_NAME_ABBREVIATION.search(cur):
                break
            m = SENTENCE_BREAK.search(cur)
            if m and re.fullmatch(r"\s*\(?[a-z0-9]{1,3}[.)]", cur[: m.start()]):
                # "b. The accounts ... were approved": the list mark is not a sentence
                m = SENTENCE_BREAK.search(cur, m.end())
            if m:
                sentence = cur[: m.start()].strip()
                tail = cur[m.end() :]
                line_j = lines[j].text
                if tail and line_j.rstrip().endswith(tail):
                    # the rest of the line after the sentence (not the first place its opening
                    # words appear: "(a) ... – The report ... was noted. The" / "Chairperson ...")
                    col = len(line_j.rstrip()) - len(tail)
                else:
                    col = line_j.find(tail[:20]) if tail else len(line_j)
                return sentence, j, col if col >= 0 else len(line_j)
        if j + 1 >= len(lines) or j - i > 30:
            break
        nxt = lines[j + 1].text
        if MOVER_LINE.match(nxt):
            # the mover and seconder close the motion: keep them, stop after
            parts.append(nxt.strip())
            j += 1
            break
        if (LABEL_LINE.match(nxt) or DASH_LABEL_LINE.match(nxt)) and not in_list:
            break
        if cur.endswith(":") and VOTE_TALLY.match(nxt):
            # "... passed by the following vote:" / "In Favor: 8 - ...": the tally is no list
            lead = TALLY_LEAD.search(cur)
            if lead:
                text = cur[: lead.start()].strip()
                return text if text.endswith(".") else f"{text}.", j, len(lines[j].text)
            break
        if not in_list and INLINE_MOVER.search(lines[j].text):
            break  # "... was circulated and approved Prop: CR 2nd": the motion's record closes it
        last = lines[j].text.rstrip()
        if (
            not in_list
            and nxt.strip()[:1].isupper()
            and len(last) < SHORT_LINE_SHARE * _longest(lines, j)
            and not re.search(r"(?:[,:;(&–-]|\b(?:and|or|of|the|to|a|an|for|in|on|by|with))$", last)
        ):
            break  # the line stops well short of the margin: the paragraph ended without a full stop
        if re.match(r"^\s*[A-Z]{1,4}(?:\s*(?:&|/|,)\s*[A-Z]{1,4})*\s*$", nxt) or re.match(
            r"^\s*\d{1,3}\.\d{1,2}\.?(?:\s+[A-Z]|\s*$)", nxt
        ):
            # a lead's initials in the margin column ("ML"), or the next sub-numbered minute ("6.3 ...")
            if not in_list and j + 2 < len(lines) and OPEN_END.search(cur) and not nxt.strip()[:1].isdigit():
                # ... unless the sentence is cut mid-phrase ("... and (ii) the virement of" / "FC" /
                # "Rs 1,200,000 from Vote ..."): an action column's initials set against a
                # resolution that runs on over a page break (Mauritian district councils' minutes
                # tables, "Min. No. | Subject | Action")
                parts.append(lines[j + 2].text.strip())
                j += 2
                continue
            break
        if (
            # "... It was" / "RESOLVED (For 9, Against 1) to approve ...": the verb of this
            # sentence wrapped to the next line, not a new resolution
            (CAPS.match(nxt) and not re.search(r"\b(?:was|were|been|be|further)\s*$", cur))
            or DECISION_HEAD.match(nxt)
            or ITEM_MARK.match(nxt)
            or DECIDER.match(nxt)
            or BODY_CAPS.match(nxt)
        ):
            break
        # "... proposed by Cllr." / "A. Byrne, seconded by ...": an initial, not a list's letter
        is_sub = bool(SUBITEM.match(nxt)) and not ENDS_ON_NAME_ABBREVIATION.search(cur)
        style = _sub_style(nxt) if is_sub else None
        if in_list:
            if is_sub and list_style and style != list_style:
                break
            list_style = list_style or style
            if use_marks and _is_item_head(lines, j + 1, True):
                break
            if not is_sub and seen_sub and re.search(r"[.;]$", cur):
                break
            if not is_sub and seen_sub and lines[j + 1].para_start and nxt.strip()[:1].isupper():
                break  # a new paragraph (after a gap, or on the next page) after the list's last item
            if not is_sub and not seen_sub and not use_marks and _is_item_head(lines, j + 1):
                break
            seen_sub = seen_sub or is_sub
        else:
            if _is_item_head(lines, j + 1, use_marks) or (is_sub and not cur.endswith((",", "and", "or"))):
                break
            if cur.endswith(":"):
                in_list = True
        parts.append(nxt.strip())
        if parts[-1].endswith(":"):
            in_list = True
        j += 1
    text = " ".join(parts)
    return re.sub(r"\s+", " ", text).strip(), j, len(lines[j].text)


def _sub_style(line: str) -> str:
    m = SUBITEM.match(line)
    tok = m.group(0).strip() if m else ""
    if re.match(r"^\(?\d", tok):
        return "num"
    if re.match(r"^\(?[a-zA-Z]", tok) and len(tok) > 1:
        return "alpha"
    return "bullet"


# A whole-numbered line longer than this, with at least this many lower-case words, is a sentence:
# the Souldern/Kent/ICB minute headings in tune run to at most ~55 characters and 5 such words
# ("Minutes of the meeting held on 14 May 2015"); ODUG paragraphs run to the margin (80+).
PARAGRAPH_MIN_CHARS = 60
PARAGRAPH_LOWER_WORDS = 7


def _is_item_head(lines: list[Line], k: int, marks: bool = False) -> bool:
    t = lines[k].text
    if marks:
        if not ITEM_HEAD_MARKED.match(t) or CAPS.match(t):
            return False
        for x in lines[k + 1 : k + 4]:
            if ITEM_MARK.match(x.text):
                return True
            if ITEM_HEAD_MARKED.match(x.text):
                return False
        return False
    if lines[k].counted:
        return True
    m = _head_match(t, False)
    if not m:
        return False
    if m.re is ITEM_HEAD_WORD and not lines[k].heading:
        return False
    if GRAMMAR_RESOLUTION_LABEL.match(t):
        return False  # "RC25/041 Resolution": a resolution's number over its "That ...", not a minute
    title = m.group(2).strip()
    run_in_sub = re.fullmatch(r"\d{1,3}\.\d{1,3}", m.group(1)) is not None and _run_in_subitem(title)
    # "... CIP No." / "25-104": an abbreviation's stop, not a sentence's (US council item titles)
    if (
        title.endswith((".", ",", ";"))
        and not run_in_sub
        and not TITLE_ABBREVIATION.search(title)
        # "46. CALL-IN: CABINET DECISION – DISPOSAL OF LAND AT ASHGROVE DEPOT," / "MILLFIELD ROAD":
        # a title in capitals wrapped after a comma (council committee minutes)
        and not (title.endswith(",") and not re.search(r"[a-z]", title))
    ) or len(title) > 130:
        return False
    if _runs_on_from_above(lines, k, title):
        return False
    if DATE_RE.fullmatch(t.strip()):
        return False  # "11 DECEMBER 2020" under "MEETING NOTES": the meeting's date, not minute 11
    if CAPS.match(title) or re.match(r"^(The|This|It|He|She|We|They|That|Members|There)\b", title):
        return False
    num = m.group(1)
    if BRACKETED_NUMBER.fullmatch(num):
        return lines[k].heading or not re.search(r"[a-z]", title)
    if "." in num or "(" in num:
        lower = sum(1 for w in title.split() if w[:1].islower())
        if lines[k].heading:
            return True  # set larger or bold (the layout layer): a heading
        if re.fullmatch(r"\d{1,3}\.\d{1,3}", num):
            # "6.4 Amendment: Rename President" is a heading; "5.1 Wendy Majewska joined the meeting
            # to present ..." is a numbered paragraph
            return (
                len(title) < 80
                and lower <= 3
                or (len(title) < 110 and lower <= 6 and ":" in title[:30])
                or run_in_sub
            )
        # "03.18.07 Gates to the village hall", "TB(5)3.ii Right to data and Freedom of Information",
        # "08.18.03 To receive the minutes of the last parish council meeting"
        return len(title) < 100 and lower <= 10
    return True


# A title may end with one of these abbreviations' stops ("Project, CIP No." over "25-104")
TITLE_ABBREVIATION = re.compile(r"\b(?:No|Nos|Inc|Ltd|Co|St|Corp|Dept)\.$")
# A title in capitals run in before the minute's text: "ADOPTION OF AGENDA. Motion by ..."
RUN_IN_CAPS = re.compile(r"^[A-Z][A-Z0-9 ,&’'()/–-]{2,60}\.\s+[A-Z]")
# A run-in heading's full stop: "ADOPTION OF AGENDA. Motion by ...", "Approval of Contract with
# BrightPath Tutoring, LLC. Trustee Pierce-Emmons asked ..." (US school board and city council
# minutes run a minute's text on after its title); not an abbreviation's stop ("No. 2", "Dr.
# Okafor", "J. Smith") and not a stop with no sentence after it
RUN_IN_BREAK = re.compile(r"(?<=[\w)])\.\s+(?=[A-Z])")
# ("AWARD OF TENDER NO. TLWWDA/T/07/2024-2025": "No." in a title set in capitals)
RUN_IN_ABBREVIATION = re.compile(
    rf"(?:\b(?:{'|'.join(NAME_ABBREVIATIONS)}|St|Inc|Co|Corp|Dept|vs|NOS?)|\b[A-Z])$"
)
# ... the title before it has at least this many characters and the text after it this many (the
# text may wrap after its first word: "... Expenditures. Motion" / "by Trustee ...")
RUN_IN_TITLE_MIN = 4
RUN_IN_TEXT_MIN = 2


def _run_in_break(title: str) -> re.Match[str] | None:
    """The full stop that ends a run-in heading's title within a minute's heading line, if any."""
    for brk in RUN_IN_BREAK.finditer(title):
        head = title[: brk.start()]
        if len(head) < RUN_IN_TITLE_MIN or RUN_IN_ABBREVIATION.search(head):
            continue
        if len(title) - brk.end() < RUN_IN_TEXT_MIN:
            return None
        return brk
    return None


# A sub-item's run-in title: "6.1 Five Year Agreement (5YA) property plan. Sione Taufa presented
# ...", "5.3 Charities Governance Code. The annual compliance record form was reviewed." (NZ school
# boards', Irish charities' and Australian water corporations' minutes number sub-items under a
# section and run the text on after the title's full stop). The title is a name, not a clause: at
# most this many characters and RUN_IN_SUBITEM_LOWER words in lower case (the read sets' titles run
# to 45 characters and 2 such words; "5.1 Wendy Majewska joined the meeting to present ..." has 5),
# and no verb of a sentence ("9.1 Anjali Deshpande-Kerr left the meeting.", "9.2 ... rejoined.")
RUN_IN_SUBITEM_TITLE_MAX = 60
RUN_IN_SUBITEM_LOWER = 2
RUN_IN_SUBITEM_VERB = re.compile(
    r"\b(?:[a-z]+ed|was|were|is|are|has|had|have|left|joined|rejoined|arrived|took|gave|spoke|made)\b"
)


def _run_in_subitem(title: str) -> bool:
    brk = _run_in_break(title)
    if not brk:
        return False
    head = title[: brk.start()]
    lower = sum(1 for w in head.split() if w[:1].islower())
    return (
        len(head) <= RUN_IN_SUBITEM_TITLE_MAX
        and lower <= RUN_IN_SUBITEM_LOWER
        and not RUN_IN_SUBITEM_VERB.search(head)
    )


def _runs_on_from_above(lines: list[Line], k: int, title: str) -> bool:
    """ "... declared an interest in minute" / "CFA/24/37 (On-call Duty System Review), as her
    husband is ...": a minute number cited in running text that wrapped to the start of a line
    (NHS board, fire authority and council minutes cite minute refs so). The line above ran to the
    margin and stopped mid-sentence, the layout layer starts no paragraph here, and what follows
    the number reads as a sentence, not a title."""
    ln = lines[k]
    if ln.layout is None or ln.heading or ln.para_start:
        return False
    lower = sum(1 for w in title.split() if w[:1].islower())
    if not k:
        # the minutes' own title line is the line above the stream's first, which it runs on:
        # "MINUTES of the Ordinary Meeting ... held in the Boardroom, Trust Office," / "14 Rautawa
        # Road, Kaipara Heights, and by audio-visual link ..." (a street number wrapped to a line's
        # start in New Zealand trusts' and councils' minutes' opening sentence)
        return title.startswith("(") or lower >= RUN_ON_LOWER_WORDS
    above = lines[k - 1]
    prev = above.text.rstrip()
    if above.page != ln.page or not re.search(r"[A-Za-z,]$", prev) or above.heading:
        return False
    if len(prev) < SHORT_LINE_SHARE * _longest(lines, k - 1):
        return False
    return title.startswith("(") or bool(SENTENCE_BREAK.search(title)) or lower >= RUN_ON_LOWER_WORDS


# A number wrapped into running text is followed by at least this many lower-case words (the
# written set's cited refs run 5-9; a numbered consent calendar title wrapped below a long one has 4)
RUN_ON_LOWER_WORDS = 5


# A heading's title wraps onto a next line shorter than this (characters)
WRAPPED_TITLE_MAX_CHARS = 80
# ... the words a wrapped title's first line may end on
TITLE_RUNS_ON = re.compile(r"(?:[–*,-]|\b(?:and|of|the|for|to|on|in|with|No\.))$")


# A resolution's number over its mover: "COUNCIL RESOLUTION 2025/141", "OFFICER RECOMMENDATION /
# COUNCIL RESOLUTION 2025/143" (Australian shire minutes), "Resolution No. 2025-301" (Ontario
# township minutes); not a minute title's wrapped words
RESOLUTION_LABEL = re.compile(
    r"^\s*(?:[\w/ ]{0,50}\s)?(?i:resolution)\s+(?i:no\.?\s*)?\d{2,4}[/-]\d{1,4}\s*$"
)


def _wrapped_title(lines: list[Line], k: int, title: str) -> str:
    """A minute's title with the rest of it wrapped onto the line below: after a dash or a word
    that cannot end a title ("... PROGRESS ON THE" / "IMPROVEMENT PLAN", "ZTA 24-" / "03
    Regarding ...", "CIP No." / "25-104"), or a title in capitals over a short line in capitals
    ("... AUDIT FINDINGS" / "REPORT": fire authority and council minutes in a Minute | Item
    table). Not an action owner's initials in a margin column ("ACFO"), nor a new minute."""
    if k + 1 >= len(lines):
        return title
    below = lines[k + 1]
    nxt = below.text.strip()
    if re.search(r"\d[-–]$", title) and nxt[:1].isdigit() and len(nxt) < WRAPPED_TITLE_MAX_CHARS:
        return title + nxt  # "ZTA 24-" / "03 Regarding ...": a reference number broken at its hyphen
    if _head_match(below.text, False):
        return title
    if (
        not nxt
        or len(nxt) >= WRAPPED_TITLE_MAX_CHARS
        or CAPS.match(nxt)
        or DECISION_HEAD.match(nxt)
        or RESOLUTION_LABEL.match(nxt)
    ):
        return title
    here = lines[k].layout
    if here is not None and below.layout is not None and here.has_box and below.layout.has_box:
        if below.layout.x0 > (here.x0 + here.x1) / 2:
            return title  # in a margin column to the right: an owner, not the title
    elif re.fullmatch(r"[A-Z&()/]{2,4}", nxt):
        return title  # an owner's initials ("ACFO"), not a title's last word ("REPORT")
    in_caps = not re.search(r"[a-z]", title) and not re.search(r"[a-z]", nxt) and re.search(r"[A-Z]{3}", nxt)
    if not (TITLE_RUNS_ON.search(title) or nxt.endswith("*") or in_caps):
        return title
    return f"{title} {nxt}"


def _number_style(num: str | None) -> str:
    """ "coded" ("CAB 30", "BoD/24/033", "TB(5)3"), "slash" ("24/140") or "dotted" ("6", "6.4")."""
    if not num:
        return ""
    if re.match(r"[A-Za-z]", num):
        return "coded"
    return "slash" if "/" in num else "dotted"


# A minute number with the full year last, the running number before it: "MM/247/2025" (Irish
# county councils)
YEAR_LAST = re.compile(r"^(?P<code>.*/)(?P<seq>\d{1,4})/(?P<year>(?:19|20)\d{2})$")


def _series(num: str | None) -> str:
    """A coded or slash number without its running number: "BoD/24/" of "BoD/24/033", "MM//2025"
    of "MM/247/2025"."""
    year_last = YEAR_LAST.match(num or "")
    if year_last:
        return f"{year_last.group('code')}/{year_last.group('year')}"
    return re.sub(r"\d+$", "", num or "")


# How far a minute number set as a heading may jump past the current one (the written sets' minutes
# skip at most four agenda sections with no business; twice that for longer agendas)
HEADING_JUMP = 8


def _sequence(num: str | None) -> int | None:
    """The running number of a minute: the first part of "6.4", the last of "24/140",
    "ARC 24/25 - 014" and "CAB 30"; None for a lettered sub-item or a coded "TB(5)3.ii"."""
    if not num:
        return None
    style = _number_style(num)
    if style == "dotted":
        head = num.split(".")[0].rstrip("abcdefghijklmnopqrstuvwxyz").strip("()")
        return int(head) if head.isdigit() else None
    if "(" in num:
        return None
    year_last = YEAR_LAST.match(num)
    if year_last:
        return int(year_last.group("seq"))
    m = re.search(r"(\d+)$", num)
    return int(m.group(1)) if m else None


def _numbered_paragraph(line: str) -> bool:
    """ "3. Work has been progressing on this, a number of meetings and communications have": a
    numbered paragraph running on as a sentence, not a minute's heading. Civil service minutes
    (ODUG) print the agenda first, then number paragraphs through the meeting under unnumbered
    headings; only there is the number not the item's."""
    m = ITEM_HEAD.match(line)
    if not m or not m.group(1).isdigit():
        return False
    title = m.group(2).strip()
    return (
        len(title) > PARAGRAPH_MIN_CHARS
        and sum(1 for w in title.split() if w[:1].islower()) >= PARAGRAPH_LOWER_WORDS
        # "9 Speeding: Until the problem has been ...": a minute's topic with its text run on
        and not re.match(r"^[^:–]{2,60}(?::|\s[–-])\s", title)
        # "4. ADOPTION OF AGENDA. Motion by ...": a title in capitals run in before its text (US
        # school board minutes)
        and not RUN_IN_CAPS.match(title)
    )


# A minute numbered by its sequence and the year: "42/25 Declarations of Interest", "43/25 Minutes
# of Previous Meeting" (Irish education and training boards and county councils number minutes
# through the year so). "24/25 Budget" (a financial year) reads the same, so such a line heads a
# minute only in a run of at least SEQUENCE_RUN lines of one year, each the next number.
SEQUENCE_YEAR_HEAD = re.compile(r"^\s*(\d{1,3}/\d{2})[.:]?\s+([A-Z(‘'\"].{2,150})$")
SEQUENCE_RUN = 3


def _sequence_year_heads(lines: list[Line]) -> set[int]:
    """The lines opening with a minute number "N/YY" that counts up through the minutes."""
    by_year: dict[str, list[tuple[int, int]]] = {}
    for i, ln in enumerate(lines):
        m = SEQUENCE_YEAR_HEAD.match(ln.text)
        if m and not m.group(2).rstrip().endswith((".", ";", ",")):
            seq, year = m.group(1).split("/")
            by_year.setdefault(year, []).append((i, int(seq)))
    out: set[int] = set()
    for found in by_year.values():
        run = found[:1]
        for at, seq in found[1:]:
            if seq == run[-1][1] + 1:
                run.append((at, seq))
                continue
            if len(run) >= SEQUENCE_RUN:
                out.update(i for i, _ in run)
            run = [(at, seq)]
        if len(run) >= SEQUENCE_RUN:
            out.update(i for i, _ in run)
    return out


def _head_match(t: str, marks: bool) -> re.Match[str] | None:
    if marks:
        return ITEM_HEAD_MARKED.match(t)
    if "IN" in t[:6].upper() and (m := MIN_HEAD.match(t)):
        return m
    return ITEM_HEAD.match(t) or ITEM_HEAD_CODED.match(t) or ITEM_HEAD_WORD.match(t)


def _verb(m: re.Match[str]) -> str:
    """The decision verb a pattern matched (its last filled group), as an outcome word."""
    verb = " ".join(next(g for g in reversed(m.groups()) if g).lower().split())
    if m.re is SUBJECT_VERB or m.re is NOMINAL:
        verb = m.group(m.lastindex).lower()
    return OUTCOME_WORD.get(verb, verb)


def _view_or_stay(m: re.Match[str], window: str) -> bool:
    """ "The Board agreed that Dr Raghunathan could remain for the item", "Councillors agreed that
    the workshop ... had been valuable": the body (or its members) agreeing to how a declared
    interest is handled, or sharing a view, is no decision (read from the verb's end: ALL_AGREED
    takes the "that" with it)."""
    if m.lastindex is None or (m.group(m.lastindex) or "").lower() != "agreed":
        return False
    at = m.end(m.lastindex)
    return bool(
        INTEREST_HANDLING.match(window, at) or SHARED_VIEW.match(window, at) or JUDGED_VIEW.match(window, at)
    )


def _outcome_of(text: str) -> str | None:
    m = re.search(rf"\b({VERBS})\b", text, re.I) or re.search(r"\b(note|agree|approve|endorse)\b", text, re.I)
    if not m:
        return None
    v = m.group(1).lower()
    return {"note": "noted", "agree": "agreed", "approve": "approved", "endorse": "endorsed"}.get(v, v)


def _reported_resolution(text: str) -> tuple[str, str] | None:
    """ "RESOLVED: the Board noted the financial position", "RESOLVED: the minutes ... were
    approved as an accurate record": a resolution worded as what the body did (ICB and NHS
    board minutes), recorded by that verb, without the "RESOLVED:" label. Not "RESOLVED that
    ... be approved" nor "RESOLVED to note ...", which are resolved."""
    rest = re.sub(r"^\s*(?i:RESOLVED)\s*[:\-–]\s*", "", text)
    if rest == text:
        return None
    m = BODY_VERB.match(rest) or PASSIVE.match(rest)
    if not m:
        return None
    return _verb(m), rest


def _single_body(meeting: Meeting) -> str | None:
    if meeting.body and " and " not in meeting.body:
        return meeting.body
    if meeting.body and not find_bodies(meeting.body)[1:]:
        return meeting.body
    return None


# A blank to fill in ("on: ________", "Signed: ........"): a sign-off form, not a decision
# "APPROVED: April 8, 2025", "Approved: September 9, 2025": the date the minutes were approved,
# printed in the sign-off block at their foot (US water and school district boards), no decision
SIGNED_OFF = re.compile(rf"^\s*(?i:approved|adopted)\s*:\s*(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}\.?\s*$")
FORM_FIELD = re.compile(r"_{4,}|\.{6,}|…{2,}")
# "Items 7.a through 7.f", "Items 7a-7f": a range of a section's sub-items, approved by one motion
# (the consent calendar or consent agenda of US city councils and county boards)
ITEM_RANGE = re.compile(
    r"\bItems?\s+(\d{1,3})\.?[a-z0-9]{1,2}\s*(?:through|thru|to|[-–])\s*\1\.?[a-z0-9]{1,2}\b", re.I
)


# A motion with its mover and seconder, opening a sentence: "Moved by Councilmember Oyelowo,
# seconded by Councilmember Vandermeer, to approve ...", "Motion by Supervisor Lee, second by
# ...", "An amendment moved by Councillor Sowerby, seconded by ..." (US city council and county
# board minutes; English council minutes for amendments)
# A motion's own number may open its line, before the mover: "RC-25-131  MOVED by Councillor
# Sandhu that ...", "Resolution 2025-101 Moved by ...", "Motion #25-041 Moved by ...", "R045/25
# Moved by ..." (Alberta and other Canadian town councils number each resolution in the margin)
MOTION_REF = (
    r"(?:(?i:resolution|motion)\s+(?:No\.?\s*|#\s*)?|#\s*)?[A-Z]{0,4}[-/]?\d{2,4}[-/]\d{1,4}(?:[-/]\d{1,4})?"
)
# The end of a clause that closes an item's discussion before its motion, as lookbehinds (each of
# one width): "Following discussion, ", "After deliberation, ", "After questions, ", "Following
# the presentation, " (US special district and school board minutes)
DISCUSSION_CLOSED = (
    "(?:"
    + "|".join(
        rf"(?<=\b{w},\s)"
        for w in ("discussion", "deliberation", "debate", "questions", "comments", "presentation")
    )
    + ")"
)
MOTION_START = re.compile(
    # "Following discussion ..., a motion by Trustee Whitcomb, second by Trustee Alvarez, to approve
    # ...": the motion after a clause that leads the sentence (US school board minutes)
    # (the mover and seconder may wrap to the next line)
    # ... or "Following discussion, it was moved by Director Whitcomb, seconded by ..., to continue
    # the item ..." (US special district boards)
    # ... or "After discussion of the fee ..., moved by Trustee Lindqvist, seconded by Trustee
    # Wiśniewski, to postpone the item ...", "At 8:14 p.m., moved by ..." (US library and park
    # district minutes: a second motion on the item, or one after its time, mid-sentence)
    r"(?:(?<=,\s)(?:a\s+motion|it\s+was\s+moved|moved)\s+by(?=\s+[^,;.]{2,60},\s+second(?:ed)?\s+by\b|\s+[^,;.]{2,40},\s*$|\s*$)|"
    # ... or the mover named first after a clause closing the item's discussion: "Following
    # discussion, Director Okonkwo moved, seconded by Director Whitcomb-Tate, to adopt Resolution
    # No. 2025-05 ...", "After questions, Trustee A moved, seconded by ..." (US water, fire and
    # school districts). Only after such a clause: "At 11:04 a.m., Commissioner B moved, seconded
    # by ..., to recess into executive session" is the session's procedure, not the business
    rf"{DISCUSSION_CLOSED}(?:[A-Z][\w'’.-]+\s+){{1,3}}moved,\s+seconded\s+by|"
    rf"(?:^\s*(?:(?P<ref>{MOTION_REF})\s+(?=(?i:moved)\s))?|(?<=[.;:]\s)|(?<=[.;:]\s\s))"
    r"(?:(?:An?|The)\s+(?:amendment|(?:substantive\s+)?motion)\s+"
    r"(?:was\s+)?(?:moved|proposed)\s+by|(?:It\s+was\s+)?[Mm]oved\s+by|MOVED\s+(?:by|BY)|Motion\s+by|MOTION\s+BY"
    # "Commissioner Pettibone moved, seconded by Commissioner Castillo-Hayes, to approve ...",
    # "Supervisor Lee moved and Supervisor Ortiz seconded to adopt ...": the mover named first (US
    # county commission and board of supervisors minutes)
    # ... "Commissioner Lindahl moved, Commissioner Ruiz-McAllister seconded, to approve ...; motion
    # carried 4-0." (US fire, water and hospital district minutes: mover and seconder as two clauses)
    r"|(?:[A-Z][\w'’.-]+\s+){1,3}moved(?:,?\s+seconded\s+by|\s+and\s+(?:[A-Z][\w'’.-]+\s+){1,3}seconded"
    r"|,\s+(?:[A-Z][\w'’.-]+\s+){1,3}seconded,"
    # (the seconder's name wrapped to the next line, in a narrow Action column of minutes set as a
    # table Topic | Discussion | Action: "Commissioner Tonasket moved, Commissioner" / "Reyes-Benítez
    # seconded, to approve ...")
    r"|,(?=(?:\s+[A-Z][\w'’.-]+){0,3}\s*$))(?=\s|$)"
    # "Regent Bankole moved to approve the minutes ... Regent Whitcombe seconded the motion. The
    # motion passed unanimously by voice vote." (US boards of regents and trustees: the seconder
    # in a sentence of its own)
    r"|(?:[A-Z][\w'’.-]+\s+){1,3}moved(?=\s+(?:to\s+[a-z]|that\b))"
    # "Motion was made by Councilmember Brightwater, duly seconded, to amend ...", "Motion was
    # made, duly seconded and carried, to excuse ..." (US city councils' summary minutes)
    r"|(?:A\s+)?[Mm]otion\s+was\s+made(?:(?=\s+by\b)|,)"
    # "Motion to adopt the agenda as circulated was moved by Dr. Ignacio Coc and seconded by Ms.
    # Kareen Usher. Motion carried unanimously." (Caribbean and other Commonwealth boards' and
    # councils' minutes: the motion named by its verb, mover and seconder in the passive after it;
    # kept only where "was moved by" follows, _passive_motion)
    # (not a motion's result named by its verb: "Motion to postpone carried.")
    r"|(?P<passive_to>Motion\s+to(?=\s+[a-z]{3,}\s)(?![\w\s]{0,40}?\b(?:carried|passed|failed|lost|defeated)\b))))"
    r"(?:\s|$)"
)
# ... the passive mover that makes such a motion one
PASSIVE_MOVER = re.compile(r"\bwas\s+moved\s+by\b")
# ... and its verb
PASSIVE_TO_VERB = re.compile(r"^\s*Motion\s+to\s+(?P<verb>[a-z]+)")
# The mover named at the end of a line, "moved, seconded by ..." opening the next: "C. Professional
# Services Agreement – Digester No. 2 Construction Engineering. Vice President Delacroix" / "moved,
# seconded by Trustee Okafor, to approve ..." (US special district and county board minutes wrap
# the mover's name so): the name after a sentence's end, one to three capitalised words
WRAPPED_MOVER = re.compile(r"(?:^\s*|(?<=[.;:]\s))((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)\s*$")
MOVED_OPENS = re.compile(r"^\s*moved(?:,?\s+seconded\s+by\b|\s+and\s+[A-Z])")
# ... and its result in the same sentence: "... was put to the vote and was lost (For 3, ...)"
MOTION_RESULT_IN = re.compile(
    # "... The amendment was put and declared LOST." (New Zealand and Australian councils' standing
    # orders: a motion or amendment is put, then declared carried or lost)
    r"\b(?:(?:was|were)\s+(?:then\s+)?(?:put\s+(?:to\s+the\s+(?:vote|meeting)\s+)?and\s+(?:was\s+)?)?"
    r"(?:declared\s+)?(?:duly\s+)?"
    # "... made, duly seconded and carried, to excuse ...": the result among the motion's steps
    r"|seconded\s+and\s+"
    # "..., a motion by Trustee A, second by Trustee B, to approve Amendment No. 2 failed 2-2-0-1":
    # the result straight after the motion's object, with its tally (US school board and city
    # council minutes count ayes, noes, abstentions and absences so)
    r"|(?=(?i:carried|passed|failed|lost|defeated)\s+\(?\d{1,2}\s*[-–]\s*\d{1,2}\b))"
    r"(?i:(carried|passed|lost|defeated|failed))\b"
)
# ... or in a sentence after it: "Motion carried 7-0.", "Motion failed 2-5 (Ayes: ...).",
# "Motion carried 6-1 by the following vote:", "The motion was carried unanimously.", "Carried."
# ("Motion to postpone carried.": the motion named by its verb, after a second motion on the item)
MOTION_RESULT = (
    # (the vote as a label of a motion set as a block: "MOTION: Vice Chair A moved to approve ..." /
    # "SECOND: Member B." / "VOTE: The motion passed unanimously (5-0)." (US state licensing boards'
    # and special districts' minutes))
    r"(?:(?i:vote|result|outcome)\s*:\s*)?"
    r"(?:(?:The\s+)?(?:[Mm]otion(?:\s+to\s+[a-z]{3,12})?|MOTION|[Aa]mendment)\s+(?:was\s+)?(?:duly\s+)?)?"
    r"(?i:(carried|passed|failed|lost|defeated))\b(?:\([^)]{0,80}\)|[^.:;(]){0,120}?[.:;]"
)
# ... which the motion's sentence may already hold ("... as presented. Motion carried 7-0.")
MOTION_RESULT_HELD = re.compile(rf"(?<=[.;]\s){MOTION_RESULT}")
# ... or opening a line of its own after a list with no full stops ("f. Cereal malt beverage
# license renewal" / "Motion carried unanimously, 4-0.": a consent agenda's items, listed under
# the motion in US county commission minutes)
MOTION_RESULT_LINE = re.compile(rf"\s*{MOTION_RESULT}")


# A motion's result follows its mover within this many lines (the written set's US council motions
# run 2-5 lines; the fire authority's amendment 4)
# (12: a consent agenda's motion lists its items, six in the written-heldout2 county minutes,
# between the motion and "Motion carried unanimously, 4-0.")
MOTION_MAX_LINES = 12


def _motion_span(lines: list[Line], k: int, col: int, heads: list[bool]) -> tuple[str, str, int, int] | None:
    """A motion from lines[k][col:] to its result ("... Motion carried 7-0.", "... was put to
    the vote and was lost (For 3, Against 8, Abstain 1)."): its text, the result word, and the
    line and column after it. None when no result follows before the next minute or motion."""
    joined, starts = "", []
    listing = False  # the motion ends on a colon: the items it lists follow, numbered as headings
    for i in range(k, min(k + MOTION_MAX_LINES, len(lines))):
        # "MOVED by Councillor Sandhu that Council go into closed session at 7:51 p.m. to discuss
        # the following items under the Access to Information Act:" over "10.1 Land Matter –
        # Section 29 ..." / "10.2 Personnel Matter ..." / "CARRIED": the numbered items are the
        # motion's, not minutes (Canadian town councils' closed-session motions)
        listing = listing or joined.rstrip().endswith(":")
        if i > k and ((heads[i] and not listing) or MOTION_START.search(lines[i].text)):
            break
        c = col if i == k else 0
        starts.append((len(joined), i, c))
        joined += lines[i].text[c:] + " "
    found = [m for m in (MOTION_RESULT_IN.search(joined), MOTION_RESULT_HELD.search(joined)) if m]
    found += [m for at, _, _ in starts[1:] if (m := MOTION_RESULT_LINE.match(joined, at))]
    if MOTION_THAT.match(lines[k].text[col:]):
        # "MOVED by Councillor Sandhu that ..." over "CARRIED" alone on its line (Canadian town
        # councils): the result closes the motion without a full stop
        found += [
            m
            for at, i, _ in starts[1:]
            if RESULT_ALONE.match(lines[i].text) and (m := RESULT_ALONE_AT.match(joined, at))
        ]
    if not found:
        return None
    # a result alone on its line closes the motion there, before a sentence the next line runs
    # into ("CARRIED" / "Commissioner Tran returned to the meeting at 5:58 p.m." read as one
    # sentence when the result has no full stop: Canadian police commissions' and councils' minutes)
    # ("Carried." read the same either way stays with the motion, as before)
    m = min(found, key=lambda x: x.start())
    alone = next((x for x in found if x.re is RESULT_ALONE_AT and x.start() == m.start()), None)
    if alone is not None and m.end() > alone.end() + 1:
        m = alone
    end = m.end()
    if m.re is MOTION_RESULT_IN:
        # the result closes the sentence: to its full stop, over a vote in brackets
        tail = re.match(r"(?:\([^)]{0,80}\)|[^.;(]){0,120}?[.;]", joined[end:])
        end += tail.end() if tail else 0
    base, line, c0 = next(x for x in reversed(starts) if x[0] <= end - 1)
    text = joined[:end]
    if m.re is RESULT_ALONE_AT:
        # the motion without its result and the recorded vote above it ("In favour: ..." /
        # "Opposed: ...")
        vote = RECORDED_VOTE.search(joined, 0, m.start())
        text = joined[: vote.start() if vote else m.start()]
    text = re.sub(r"\s+", " ", text).strip()
    return text, m.group(1).lower(), line, c0 + end - base


# A resolution under its mover and seconder set as labels, each at a line's start, the result on a
# line of its own after it: "Moved by Councillor MacInnis" / "Seconded by Councillor Dhillon" /
# "That the agenda ... be adopted." / "CARRIED" (Ontario township and municipal council minutes,
# "Resolution No. 2025-301" above); "COUNCIL RESOLUTION 2025/141" / "Moved: Cr McAllister
# Seconded: Cr Thompson" / "That Council grants ..." / "CARRIED 6/0", "CARRIED BY ABSOLUTE
# MAJORITY 7/0", "LOST 3/4" (Western Australian and other Australian shire minutes).
MOVER_LABEL = re.compile(r"^\s*(?:Moved|MOVED)\s*(?:by\b|:)\s*\S")
SECONDER_LABEL = re.compile(r"(?:^|\s|;)(?:Seconded|SECONDED)\s*(?:by\b|:)\s*\S")
# The resolution itself opens with "That" (the Commonwealth form of a motion)
# ... or "THAT" in capitals (Ontario councils print the motion so under "Moved by" / "Seconded by",
# a recorded vote's table between it and "Carried (4 to 1)")
RESOLUTION_THAT = re.compile(r"^\s*(?:That|THAT)\s")
# "The motion was put and declared LOST.", "The motion was put and carried.", "The motion was declared
# CARRIED": the result of a motion under its mover and seconder labels, worded as put to the meeting
# and declared (Australian and New Zealand councils' standing orders), before the result's word
PUT_AND = r"(?:put\s+(?:to\s+the\s+(?:vote|meeting)\s+)?and\s+(?:was\s+)?)?(?:declared\s+)?"
# The result alone on its line, with a count of votes or a majority: "CARRIED", "CARRIED 6/0",
# "CARRIED BY ABSOLUTE MAJORITY 7/0", "LOST 3/4", "DEFEATED", "Carried unanimously."
RESULT_ALONE = re.compile(
    rf"^\s*(?i:(?:the\s+)?motion\s+(?:was\s+)?{PUT_AND})?(?i:(carried|lost|defeated|passed|failed))"
    r"(?i:\s+(?:by\s+)?(?:an?\s+)?(?:absolute|simple|en\s+bloc|unanimously|unanimous)(?:\s+majority)?)?"
    r"(?:\s*\(?\s*\d{1,2}\s*(?:[/:–-]|to)\s*\d{1,2}\s*\)?)?\s*\.?\s*$"
)
# ... the same, found at a line's start in a motion's joined lines (the line checked whole first)
RESULT_ALONE_AT = re.compile(
    rf"\s*(?i:(?:the\s+)?motion\s+(?:was\s+)?{PUT_AND})?(?i:(carried|lost|defeated|passed|failed))"
    r"(?i:\s+(?:by\s+)?(?:an?\s+)?(?:absolute|simple|en\s+bloc|unanimously|unanimous)(?:\s+majority)?)?"
    r"(?:\s*\(?\s*\d{1,2}\s*(?:[/:–-]|to)\s*\d{1,2}\s*\)?)?\s*\.?"
)
# A motion whose mover is followed by its "that ..." or "to ..." clause on the same line: "MOVED by
# Councillor Sandhu that the agenda ...", "Moved by Deputy Mayor Lindqvist, that Bylaw ...",
# "Moved by Trustee Ortiz to approve ..." (not a mover label over a "That ..." paragraph, which
# the labelled-motion and resolution-block readers take)
MOTION_THAT = re.compile(r"^\s*(?:\S.{0,80}?)?\b(?i:moved\s+by)\s+[^,;:]{2,60}?,?\s+(?:that|to)\s+\S", re.S)
# A recorded vote listed under a motion, before its result: "In favour: Mayor Kowalchuk, ..." /
# "Opposed: Councillor Beaulieu" (Canadian councils), "For: ... Against: ...", "Ayes: ... Nays:"
RECORDED_VOTE = re.compile(r"\s(?:In\s+favou?r|For|Ayes|Yeas|Voting\s+in\s+favou?r)\s*:\s")
# A limb of a resolution listed under its lead-in: "a. Receives the report ...", "(b) Adopts ...",
# "2. Sets the rates ..." (New Zealand and Australian councils' "That Council:" resolutions)
LIMB_POINT = re.compile(r"^\s*\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+\S")
# The result follows the mover within this many lines: a recorded vote's table of six members
# sits between the resolution and "CARRIED" (11 lines in the Ontario township's minutes)
LABELLED_MOTION_LINES = 24


def _labelled_motion(lines: list[Line], k: int, heads: list[bool]) -> tuple[str, str, int] | None:
    """The resolution of a labelled motion starting at lines[k] (see MOVER_LABEL): its "That ..."
    text (the paragraph after the seconder, without a recorded vote below it), the result word and
    the result's line. None unless the mover, seconder, "That" and a result alone all follow."""
    if not MOVER_LABEL.match(lines[k].text):
        return None
    i = k if SECONDER_LABEL.search(lines[k].text[6:]) else k + 1
    if i >= len(lines) or not SECONDER_LABEL.search(lines[i].text if i > k else lines[k].text[6:]):
        return None
    first = i + 1
    if first >= len(lines) or not RESOLUTION_THAT.match(lines[first].text):
        return None
    text: list[str] = []
    closed = False  # the resolution's paragraph has ended (a recorded vote may follow)
    point = False  # the resolution lists its limbs under "That Council:"
    for j in range(first, min(k + LABELLED_MOTION_LINES, len(lines))):
        t = lines[j].text.strip()
        result = RESULT_ALONE.match(t)
        if result:
            return re.sub(r"\s+", " ", " ".join(text)).strip(), result.group(1).lower(), j
        if j > first and (heads[j] or MOVER_LABEL.match(t)):
            return None
        if closed:
            continue
        if (
            text
            and text[-1].endswith(".")
            and not RESOLUTION_THAT.match(t)
            and not (point and LIMB_POINT.match(t))
            and not t[:1].islower()  # "... Grading Ltd." / "in the amount of ...": an abbreviation's stop
        ):
            closed = True  # "A recorded vote was requested by ...": not the resolution
            continue
        if len(text) == 1 and text[0].endswith(":") and LIMB_POINT.match(t):
            point = True  # "That Council:" / "a. Receives the report ..." / "b. Adopts ...": its limbs
        text.append(t)
    return None


# A motion set as a block of labelled fields under its item, the way US school boards' meeting
# software prints it: "Motion made by: A, Motion seconded by: B" (or the two labels a line each) /
# "Motion to approve ..." / "Voting:" / one line per member "Name   Yes" / "Final Resolution: Motion
# Passes 5-0" ("Motion Carries", "Motion Fails 2-4"; Texas and other US independent school
# districts' minutes, and special districts using the same software). The mover is a label, so
# MOTION_START (a sentence) does not see it; the result is a label in the present tense.
MOTION_MADE_LABEL = re.compile(r"^\s*(?i:motion\s+(?:made\s+)?by|moved\s+by|mover)\s*:\s*\S")
MOTION_SECOND_LABEL = re.compile(r"(?:^|[\s,;])(?i:(?:motion\s+)?second(?:ed)?(?:\s+by)?|seconder)\s*:\s*\S")
# One member's vote under a labelled motion: "Rev. Samuel Oyelaran   Yes", "Kimberly Stroud  Abstain"
MEMBER_VOTE_ROW = re.compile(
    r"^\s*(?:[A-Z][\w.'’-]*\s+){1,5}(?:Yes|No|Aye|Nay|Abstain(?:ed)?|Absent|Recused|Present)\s*$"
)
# The member-by-member vote's label, alone on its line
VOTING_LABEL = re.compile(r"^\s*(?i:voting|votes?|roll[\s-]+call(?:\s+vote)?|recorded\s+vote)\s*:?\s*$")
# The result as a label (or "Motion Passes 6-0" alone on its line)
FINAL_RESULT = re.compile(
    r"^\s*(?:(?i:final\s+resolution|result|motion\s+result|outcome|vote\s+result)\s*:\s*)?"
    r"(?i:(?:the\s+)?motion\s+)(?i:(pass(?:es|ed)|carrie[sd]|fail(?:s|ed)|defeated|lost))\b"
)
# The vote's result as the decision's outcome: a motion that passes approves what it moved (the
# convention of every written set's truth; "carried" is their alternative)
RESULT_PRESENT = {
    "passes": "approved", "passed": "approved", "carries": "approved", "carried": "approved",
    "fails": "rejected", "failed": "rejected", "defeated": "rejected", "lost": "rejected",
}  # fmt: skip
# A labelled motion's result follows its mover within this many lines: the motion's text (three
# lines), "Voting:" and one line per member (seven on the written-dev17 school board; boards of
# up to fifteen members vote so) and a page break's running head and foot
VOTED_MOTION_LINES = 28


def _voted_motion(lines: list[Line], k: int, heads: list[bool]) -> tuple[str, str, int] | None:
    """A motion set as labelled fields (see MOTION_MADE_LABEL) at lines[k]: its text (the lines
    after the seconder, up to the vote), the result word and the result's line. None unless a
    seconder label and a result label follow."""
    t = lines[k].text
    if not MOTION_MADE_LABEL.match(t):
        return None
    first = k + 1
    if not MOTION_SECOND_LABEL.search(t[8:]):
        if first >= len(lines) or not MOTION_SECOND_LABEL.match(lines[first].text):
            return None
        first += 1
    text: list[str] = []
    closed = False  # the motion's text has ended (the member-by-member vote follows)
    for j in range(first, min(k + VOTED_MOTION_LINES, len(lines))):
        s = lines[j].text.strip()
        result = FINAL_RESULT.match(s)
        if result:
            if not text:
                return None
            verb = result.group(1).lower()
            return re.sub(r"\s+", " ", " ".join(text)).strip(), RESULT_PRESENT.get(verb, verb), j
        if heads[j] or MOTION_MADE_LABEL.match(s):
            return None
        if VOTING_LABEL.match(s):
            closed = True
        if not closed:
            text.append(s)
    return None


# A motion to set its matter aside ("Motion to table ... until ...", "moved ... to postpone the
# item to ...", "to continue the item to the next meeting"): carried, the matter is deferred (US
# boards' minutes record the vote's result, the truth of every set the decision's effect)
DEFERRING_MOTION = re.compile(
    r"\bto\s+(?:table|postpone|defer|continue)\s+(?:the\s+|this\s+|said\s+)?(?:item|matter|[A-Z]|\w+\s+\w+\s+(?:to|until)\b)"
    # "moved to table the telepractice position statement to the September meeting": to table,
    # postpone or defer has no other sense in a motion, whatever its object's length (US licensing
    # and special district boards); "continue" keeps the short form ("to continue the program")
    r"|\bto\s+(?:table|postpone|defer)\s+(?:the\s+|this\s+|said\s+)?(?:[\w’'-]+\s+){1,5}(?:to|until)\b"
)


# A motion to adjourn the meeting: procedure, not a decision (no written set's truth records one;
# several list them among the records to ignore)
ADJOURN_MOTION = re.compile(r"^.{0,160}?\bto\s+adjourn\b(?!\s+(?:to|into)\b)(?!.{0,160}?\band\s+to\b)", re.S)


# A decision under its own numbered label, a dash, and the body deciding: "Decision C24/6 – The
# Council requested the Executive Director to ...", "Decision C24/4 – The Council:" / "(a) approved
# ..." (regional intergovernmental councils' summary records box each decision so)
LABELLED_DECISION = re.compile(
    r"^\s*Decision\s+(?:No\.?\s*)?[A-Z]{0,6}\d{1,4}(?:[/.-]\d{1,3})?\s+[–—-]\s+(?:The|This|Members|It)\b"
)


# A numbered motion set out as a block in a minutes table's "Motion / Action" column: "Motion
# #2025-26-041" / "To approve the agenda as amended." / "Moved: Martha Kunuk" / "Seconded: Daniel
# Ikkidluak" / "CARRIED" (Canadian district education authorities and school councils; the mover
# and seconder may share a line, the result may close it: "Moved: A / Seconded: B – CARRIED", and
# a vote count may stand above the result: "In favour 2, Opposed 4." / "DEFEATED")
NUMBERED_MOTION = re.compile(r"^\s*Motion\s*(?:#|No\.?)\s*[A-Z]{0,4}[-/]?\d{2,4}(?:[-/]\d{1,4}){1,2}\s*$")
MOTION_BODY = re.compile(r"^\s*(?:To\s+[a-z]|That\s)")
MOVED_FIELD = re.compile(r"^\s*Moved(?:\s+by)?\s*:")
# "CARRIED", "DEFEATED", "CARRIED (J. Akpalialuk abstained)", "... – CARRIED"
BLOCK_RESULT = re.compile(
    r"(?:^|[–—-]\s*)(CARRIED|DEFEATED|LOST|Carried|Defeated|Lost)\b(?:\s*\([^)]*\))?\.?\s*$"
)
# lines of a numbered motion's text before its mover (four in the education authority's column)
NUMBERED_MOTION_TEXT_LINES = 6
# lines from the mover to the result: seconder, a vote count, and a wrapped name
NUMBERED_MOTION_RESULT_LINES = 5


def _numbered_motion(lines: list[Line], k: int) -> tuple[str, str, int] | None:
    """A numbered motion block starting at lines[k] (see NUMBERED_MOTION): its text, the result
    word (lower case) and the result's line; None unless the text, the mover and a result follow."""
    if (
        not NUMBERED_MOTION.match(lines[k].text)
        or k + 1 >= len(lines)
        or not MOTION_BODY.match(lines[k + 1].text)
    ):
        return None
    text: list[str] = []
    j = k + 1
    while j < len(lines) and j <= k + NUMBERED_MOTION_TEXT_LINES and not MOVED_FIELD.match(lines[j].text):
        text.append(lines[j].text.strip())
        j += 1
    if j >= len(lines) or not MOVED_FIELD.match(lines[j].text):
        return None
    for r in range(j, min(j + NUMBERED_MOTION_RESULT_LINES, len(lines))):
        if r > j and (NUMBERED_MOTION.match(lines[r].text) or MOVED_FIELD.match(lines[r].text)):
            return None
        result = BLOCK_RESULT.search(lines[r].text)
        if result:
            return re.sub(r"\s+", " ", " ".join(text)).strip(), result.group(1).lower(), r
    return None


def _numbered_motion_outcome(result: str, text: str) -> str:
    """A numbered motion's outcome: rejected when defeated or lost; when carried, what its verb
    says ("To approve ...": approved; "To accept the financial report ...": received, a report
    being received when accepted); approved for "That ..." or another verb."""
    if result in ("defeated", "lost"):
        return "rejected"
    m = re.match(r"\s*To\s+([a-z]+)", text)
    outcome = (base_verb_outcome(m.group(1)) if m else None) or "approved"
    if outcome == "accepted" and re.search(r"\b(?:report|statements?)\b", text[:80], re.I):
        return "received"
    if outcome in ("adopted", "confirmed"):
        return "approved"
    return outcome


def _motion_outcome(verb: str, text: str) -> str:
    """The outcome of a motion whose vote gave `verb` (see OUTCOME_WORD): deferred when a motion
    to table or postpone was carried."""
    # "The motion passed unanimously (5-0)": approved, the nearest of the record contract's verbs
    # (as a labelled motion's "Motion Passes", RESULT_PRESENT); "carried" is kept as printed, the
    # outcome every older set's truth gives a carried motion
    outcome = "approved" if verb in ("passed", "passes") else OUTCOME_WORD.get(verb, verb)
    if outcome in ("carried", "approved") and DEFERRING_MOTION.search(text[:200]):
        return "deferred"
    return outcome


def _passive_motion_outcome(outcome: str, text: str) -> str:
    """A carried "Motion to <verb> ... was moved by ..." (see MOTION_START) decides by the verb it
    names ("Motion to receive the report ...": received); "adopted" and "confirmed", which the
    record contract does not list, are its "approved"."""
    m = PASSIVE_TO_VERB.match(text)
    named = base_verb_outcome(m.group("verb")) if m and outcome == "carried" else None
    if named is None:
        return outcome
    return "approved" if named in ("adopted", "confirmed") else named


# The board's action on an item as a label, a past-tense verb first, its vote recorded on the line
# after: "ACTION: Approved Consent Calendar Items 4A through 4D." / "Moved: Okafor; Second:
# Thibodeaux; Ayes: ...", "ACTION: Continued to the December 4, 2025 Regular Board Meeting."
# (California water, school and special district boards; "Action Taken:" and "Board Action:" in
# others). "ACTION: Clerk to write ..." (an action for an officer) has no verb in the past tense
# and no vote under it; "ACTION: No action taken." is no decision.
ACTION_TAKEN = re.compile(r"^\s*(?:Board\s+)?(?i:action(?:\s+taken)?)\s*:\s*(?P<verb>[A-Z][a-z]+ed)\b")
# The vote under it: "Moved: Okafor; Second: ...", "Motion: Lee / Second: Ortiz", "Ayes: ..."
VOTE_RECORD = re.compile(r"^\s*(?:Moved|Motion|M/S|Ayes|Vote)\b\s*[:/]", re.I)
# The action's text runs to the vote within this many lines (four in the water district's minutes)
ACTION_TAKEN_LINES = 6


def _action_taken(lines: list[Line], k: int, heads: list[bool]) -> tuple[str, str, int] | None:
    """A board's recorded action (see ACTION_TAKEN) at lines[k]: its text (from the verb to the
    vote), the verb in lower case, and the last line of the text. None without a vote under it."""
    m = ACTION_TAKEN.match(lines[k].text)
    if not m:
        return None
    parts = [lines[k].text[m.start("verb") :].strip()]
    for j in range(k + 1, min(k + ACTION_TAKEN_LINES, len(lines))):
        if VOTE_RECORD.match(lines[j].text):
            return re.sub(r"\s+", " ", " ".join(parts)), m.group("verb").lower(), j - 1
        if heads[j] or ACTION_TAKEN.match(lines[j].text):
            return None
        parts.append(lines[j].text.strip())
    return None


# A verdict takes the text of its paragraph back to at most this many lines before it.
VERDICT_CONTEXT_LINES = 4


def _verdict_text(lines: list[Line], k: int, col: int, end: int, last_end: int) -> str:
    """A closing verdict ("Approved to proceed.") with the paragraph it closes: from the
    paragraph's first line (a layout paragraph start, a heading or the last decision's end)."""
    t = lines[k].text
    if col:
        return re.sub(r"\s+", " ", t[col : col + end]).strip()
    i = k
    while (
        i > 0
        and k - i < VERDICT_CONTEXT_LINES
        and i - 1 > last_end
        and not lines[i].para_start
        and not lines[i - 1].heading
        and lines[i - 1].text.strip()
        and not _is_item_head(lines, i - 1)
    ):
        i -= 1
    text = " ".join(x.text.strip() for x in lines[i:k]) + " " + t[:end]
    return re.sub(r"\s+", " ", text).strip()


# An unnumbered heading that names a minute has at most this many words.
TITLE_MAX_WORDS = 10
# ... and starts within this many points of the leftmost such heading (deeper ones are sub-heads).
TITLE_MARGIN = 8.0


def _title_headings(lines: list[Line]) -> dict[int, str]:
    """Line index -> title for the unnumbered headings (larger, or short bold/capitals lines in
    the layout layer) at the left margin of the minutes' headings: "Perfunctory Business",
    "Welcome and Introductions". Not labels ("ACTION : Clerk to ..."), decisions or sentences."""
    found: dict[int, tuple[str, float]] = {}
    for i, ln in enumerate(lines):
        if not ln.heading:
            continue
        t = re.sub(rf"^\s*[{PUA_BULLET}•●○■▪◦]\s*", "", ln.text).strip()
        if (
            not t
            or len(t.split()) > TITLE_MAX_WORDS
            or t.endswith((".", ",", ";"))
            or re.search(r":\s*\S", t)
            or ITEM_HEAD.match(t)
            or ITEM_HEAD_CODED.match(t)
            or CAPS.match(t)
            or BARE.match(t)
            or DECISION_HEAD.match(t)
            or DECIDER.match(t)
            # ("Minutes of the Regular Meeting of ...": the document's title; "Minutes of the
            # Previous Meeting" is an item's heading, US conservation districts' and others')
            or re.match(
                r"^(?:action|present|apologies|attendees|minutes of (?:the|a)(?!\s+(?:previous|last|prior|preceding)"
                r"\s+meeting\s*$)|date|signed|chair)\b",
                t,
                re.I,
            )
            or not re.search(r"[a-z]", t)
        ):
            continue
        x0 = ln.layout.x0 if ln.layout is not None and ln.layout.has_box else 0.0
        found[i] = (t.rstrip(" :–-"), x0)
    if not found:
        return {}
    margin = min(x for _, x in found.values())
    return {i: t for i, (t, x) in found.items() if x <= margin + TITLE_MARGIN}


def _own_acronym_verb(body: str | None) -> re.Pattern[str] | None:
    """ "The ODUG endorsed the Revised Terms of Reference": a body named by its own initials
    (Open Data User Group, Public Sector Transparency Board), as government groups' minutes
    write themselves. Only the meeting's own body: another's acronym reports its decision."""
    names = body_short_names(body)
    if not names:
        return None
    # "The IJB noted the performance report" (Carrickmuir Integration Joint Board): the initials of
    # the name's tail too; "noted" a paper, as BODY_VERB reads it, not "noted that ..."
    return re.compile(
        rf"\b[Tt]he (?:{'|'.join(names)})\s+(?:also\s+|then\s+|unanimously\s+)?"
        r"(approved|agreed|endorsed|resolved|ratified|adopted|accepted|"
        r"noted(?!\s+(?:that|it|there|how|what|whether|(?:the\s+|a\s+)?concerns?)\b))\b"
    )


def _same_title(earlier: str | None, title: str) -> bool:
    """A heading repeats an earlier one: one title opens the other ("SHERIFF-CORONER" /
    "SHERIFF-CORONER – JUSTICE ASSISTANCE GRANT")."""
    a, b = _title_key(earlier or ""), _title_key(title)
    return len(min(a, b, key=len)) >= AGENDA_TITLE_MIN_CHARS and (a.startswith(b) or b.startswith(a))


def _title_key(title: str) -> str:
    """ "Actions and minutes from last meeting (approval)" -> "actions and minutes from last meeting"."""
    title = re.sub(r"\((?:approval|information|discussion|decision|for \w+|\w+)\)\s*:?\s*$", "", title)
    return re.sub(r"[^a-z0-9]+", " ", title.lower()).strip()


# An agenda printed before the minutes lists at least this many items (the ODUG and Transparency
# Board minutes list 7-9; a lone numbered line is not an agenda).
AGENDA_FIRST_MIN_ITEMS = 3
# A heading names an agenda entry when one title starts the other and the shorter has this many
# characters ("ODUG Revised ToR" / "6 ODUG Revised TOR (approval)").
AGENDA_TITLE_MIN_CHARS = 8


def _agenda_list(lines: list[Line], before: int, use_marks: bool) -> list[tuple[str, str]]:
    """(number, title key) of the numbered agenda printed above the minutes (ODUG, Transparency
    Board minutes list the agenda first, then minute each item under an unnumbered heading)."""
    out = []
    for i in range(min(before, len(lines))):
        if _is_item_head(lines, i, use_marks):
            m = _head_match(lines[i].text, use_marks)
            if m:
                out.append((m.group(1), _title_key(m.group(2))))
    return out


# An agenda printed as a list takes at most this many lines per entry (a title wrapped once or
# twice); minutes run to several paragraphs per item (the written NBHC-style board minutes, 7)
AGENDA_LINES_PER_ITEM = 3


def _listed_densely(heads: list[bool], count: int) -> bool:
    """Whether the first `count` numbered headings stand in a list (an agenda printed above the
    minutes, as ODUG and Transparency Board minutes do) rather than heading minutes with their
    paragraphs between them (NHS, arm's-length body and council board minutes)."""
    at = [i for i, h in enumerate(heads) if h][:count]
    return len(at) == count and at[-1] - at[0] + 1 <= AGENDA_LINES_PER_ITEM * count


# A sign-off under the minutes: "APPROVED:" over the signatory's name and office, "ATTEST:" beside
# it ("APPROVED:   ATTEST:" / "Dolores M. Trujillo,   Marisol C. Archuleta," / "Chair   Secretary";
# US boards' and commissions' minutes and resolutions close so): the name with its comma before
# the office, or the attestation's label, within this many lines of the label
SIGN_OFF_LINES = 3
SIGNATORY = re.compile(r"^\s*(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+,\s*$")
ATTEST_LABEL = re.compile(r"^\s*(?i:attest(?:ed)?)\s*:")


def _signature_under(lines: list[Line], k: int) -> bool:
    """Whether a bare decision word as a label at lines[k] ("APPROVED:") heads a sign-off."""
    if not lines[k].text.rstrip().endswith(":"):
        return False
    return any(
        SIGNATORY.match(ln.text) or ATTEST_LABEL.match(ln.text)
        for ln in lines[k + 1 : k + 1 + SIGN_OFF_LINES]
    )


def _restarts_at_one(num: str, line: Line, cur_seq: int | None) -> bool:
    """Whether a minute heading numbered one ("1.0 CALL TO ORDER", "1. CALL TO ORDER" set as a
    heading) starts the minutes' own numbering after an agenda listed above them ended on a later
    number ("11. Adjournment"): "N.0", or a heading set in capitals, sets it apart from a list's
    entry and from sub-items numbered afresh under a minute ("5. Decisions" / "1. Membership" in a
    library trust's minutes)."""
    if cur_seq is None or cur_seq <= 1 or _sequence(num) != 1:
        return False
    letters = re.sub(r"[^A-Za-z]", "", line.text)
    return num.endswith(".0") or (line.heading and letters.isupper())


def _listed_number(agenda: list[tuple[str, str]], heading: str) -> str | None:
    """The agenda number of the entry an unnumbered minute heading repeats, if exactly one."""
    key = _title_key(heading)
    if len(key) < AGENDA_TITLE_MIN_CHARS:
        return None
    hits = {
        n for n, t in agenda if len(t) >= AGENDA_TITLE_MIN_CHARS and (t.startswith(key) or key.startswith(t))
    }
    return hits.pop() if len(hits) == 1 else None


# The second line of a field label broken in a notice's narrow label column: a word or two in
# lower case that completes a reasons or alternatives label ("Alternatives" / "considered",
# "Options" / "considered", "Alternative options" / "considered and rejected": English councils'
# records of decisions laid out as label rows). Where the layout is read, the bold label line
# looks like a minute's heading, and it starts the field whose text is no decision.
WRAPPED_LABEL_WORDS = 4


def _wrapped_field_label(prev: str, text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= WRAPPED_LABEL_WORDS
        and words[0][:1].islower()
        and len(prev.split()) <= WRAPPED_LABEL_WORDS
        and bool(REASONS_FIELD.match(f"{prev.strip()} {text.strip()}"))
    )


def decisions_in(lines: list[Line], meeting: Meeting) -> list[Decision]:
    out: list[Decision] = []
    line_of: list[int] = []  # the stream line each decision starts on
    own_acronym = _own_acronym_verb(meeting.body)
    use_marks = any(ITEM_MARK.match(ln.text) for ln in lines)
    item_no: str | None = None
    item_title: str | None = None
    decider: str | None = None
    default_body = _single_body(meeting)
    consumed: set[int] = set()
    titled: dict[str, str | None] = {}  # each minute number headed so far -> its title
    top_seq: int | None = None  # the highest whole minute number headed so far
    in_reasons = False  # inside a decision notice's reasons or alternatives field
    in_notice = False  # a decision notice's head has been read (its fields are label cells)

    def add(outcome: str, text: str, k: int, by: str | None = None) -> None:
        text = re.sub(rf"^\s*[{PUA_BULLET}•●○■▪◦]\s*", "", text).strip().replace("\uf0b7", "•")
        text = re.sub(r"^(?:\d+\.|\(?[a-z]{1,2}[.)])\s+(?=[A-Z0-9])", "", text)
        text = PARAGRAPH_NUMBER.sub("", text, count=1)  # "25/39.2 Senate noted ...": the paragraph's number
        if text.endswith("”") and "“" not in text:
            text = text[:-1]  # the close of a resolution minuted as a quotation, its opening left out
        if FORM_FIELD.search(" ".join(ln.text for ln in lines[k : k + 2])):
            # "Minutes approved by the City Council on: ______": a sign-off to fill in. Only the
            # decision's own line and the next are looked at: a decision whose text runs on to the
            # end of the minutes reaches the "Signed ......" box (Souldern 2018-04-19 finance).
            return
        if SIGNED_OFF.match(text):
            return
        number, title = item_no, item_title
        cited = ITEM_RANGE.search(text)
        if cited and number and cited.group(1) == number.split(".")[0] and cited.group(1) in titled:
            # "to approve Consent Calendar Items 7.a through 7.f": one motion for the section
            number, title = cited.group(1), titled[cited.group(1)]
        out.append(
            Decision(
                item_number=number,
                item_title=title,
                decided_by=by or decider or default_body,
                outcome=outcome.lower(),
                text=text,
                meeting_date=meeting.date,
                page=lines[k].page,
            )
        )
        line_of.append(k)

    k = 0
    col = 0
    last_end = -1  # the line the last decision ended on
    titles = _title_headings(lines) if not use_marks else {}
    counted = _sequence_year_heads(lines) if not use_marks else set()
    for i in counted:
        lines[i].counted = True
    # whether each line heads a minute, worked out once (the loop and the list reader ask often)
    heads = [_is_item_head(lines, i, use_marks) for i in range(len(lines))]
    if 2 * sum(ln.layout is not None for ln in lines) > len(lines):
        # "Item 8 – Enhanced Access" in the agenda-item column of a declarations table at the head
        # of the minutes (ICB committee minutes): where the layout is read, a minute's heading
        # "Item 8: ..." is set apart as one (a table's cell text is matched to no layout line)
        heads = [
            h and not (ITEM_WORD.match(ln.text) and not ln.heading)
            for h, ln in zip(heads, lines, strict=True)
        ]
    notices = any(NOTICE_REF_ROW.match(ln.text) or NOTICE_HEAD.match(ln.text) for ln in lines)
    for i in range(1, len(lines)):
        if (heads[i] or i in titles) and (
            _wrapped_field_label(lines[i - 1].text, lines[i].text)
            or (notices and NOTICE_LABEL_ROW.match(lines[i].text))
        ):
            heads[i] = False
            titles.pop(i, None)
    first_head = next((i for i, h in enumerate(heads) if h), len(lines))
    agenda = _agenda_list(lines, min((i for i in titles if i > first_head), default=0), use_marks)
    # minutes that print their agenda (three or more items, listed line after line) before minuting it
    agenda_first = len(agenda) >= AGENDA_FIRST_MIN_ITEMS and _listed_densely(heads, AGENDA_FIRST_MIN_ITEMS)
    texts = [ln.text for ln in lines]
    # an agenda listed line after line above the minutes, whose numbering starts afresh below it
    restart_at_one = _listed_densely(heads, AGENDA_FIRST_MIN_ITEMS)
    restarted = False  # ... and has done so
    while k < len(lines):
        t = lines[k].text
        cur_col, col = col, 0
        if cur_col:
            t = t[cur_col:]
        if k in consumed:
            k += 1
            continue
        ref_row = NOTICE_REF_ROW.match(t) if not cur_col else None
        if ref_row:
            item_no, decider, in_reasons, in_notice = ref_row.group("ref"), None, False, True
            item_title = None
            j = k + 1
            while j < len(lines) and j <= k + NOTICE_LABEL_ROWS:
                row = NOTICE_ITEM_ROW.match(lines[j].text)
                if row:
                    item_no, j = row.group(1), j + 1
                    continue
                row = NOTICE_TITLE_ROW.match(lines[j].text)
                if row:
                    title = row.group(1).strip()
                    nxt = lines[j + 1].text.strip() if j + 1 < len(lines) else ""
                    if len(nxt) <= NOTICE_TITLE_WRAP_CHARS and NOTICE_TITLE_WRAP.match(nxt):
                        title, j = f"{title} {nxt}", j + 1
                    item_title, j = re.sub(r"\s+", " ", title).strip(" –-:"), j + 1
                break
            titled.setdefault(item_no, item_title)
            k = j
            continue
        if heads[k] or k in titles:
            in_reasons = False  # a new minute ends a decision's reasons
        if not cur_col and k in titles and not NOTICE_HEAD.match(t):
            nxt = next((x for x in lines[k + 1 : k + 3] if x.text.strip()), None)
            numbered = nxt is not None and re.match(r"^\s*(\d{1,3})\.?\s+(?=[A-Z])", nxt.text)
            if k < first_head or (numbered and not heads[lines.index(nxt)]):
                # an unnumbered heading names the minute: before any numbered item ("Welcome and
                # Introductions"), or over a numbered paragraph ("Minutes of previous meeting" /
                # "1 The minutes of the meeting held on ... were approved")
                item_title, decider = titles[k], None
                listed = _listed_number(agenda, titles[k])
                item_no = listed or (numbered.group(1) if numbered else item_no)
                k += 1
                continue
        if not cur_col and heads[k] and not (agenda_first and _numbered_paragraph(t)):
            m = _head_match(t, use_marks) if k not in counted else SEQUENCE_YEAR_HEAD.match(t)
            num = m.group(1)
            major = num.split(".")[0]
            cur_major = (item_no or "").split(".")[0].rstrip("abcdefghijklmnopqrstuvwxyz")
            new_seq, cur_seq = _sequence(num), _sequence(item_no)
            if (
                use_marks
                or k in counted
                or item_no is None
                or (
                    _number_style(num) == _number_style(item_no)
                    and (
                        new_seq is None
                        or cur_seq is None
                        # "24/140", "CAB 30": a style of its own, any later number of the same
                        # series ("BoD/23/118" cited in the minutes of "BoD/24/034" is not one)
                        or (
                            _number_style(num) != "dotted"
                            and _series(num) == _series(item_no)
                            and new_seq > cur_seq
                        )
                        or 0 < new_seq - cur_seq <= 3
                        # "9. REPORTS – PLANNING" after "5.1 ...": a heading set as one may skip
                        # the items the minutes do not take (Australian shire minutes number
                        # by the agenda, whose sections 6-8 had no business)
                        or (lines[k].heading and 0 < new_seq - cur_seq <= HEADING_JUMP)
                        # the next after the highest so far, after a minute taken up again
                        # ("11. ..." pulled from the consent calendar, then "17. ...")
                        or (top_seq is not None and 0 < new_seq - top_seq <= 3)
                        or ("." in num and major == cur_major)
                    )
                )
                # "8. ITEMS REMOVED FROM THE CONSENT CALENDAR" / "7.d Professional Services
                # Agreement": a lettered sub-item listed earlier, taken up again on its own (US city
                # council and county board minutes)
                or (re.fullmatch(r"\d{1,3}\.[a-z]", num) is not None and num in titled)
                # "Item 1 Welcome, apologies and quoracy" set as a heading (ITEM_HEAD_WORD) heads a
                # minute whatever came before: a number read from the agenda table above ("7
                # Approve" in its paper column) does not hold the minutes' numbering
                or m.re is ITEM_HEAD_WORD
                # "MIN. TCRT/27/04/2025: ..." (see MIN_HEAD): a minute's heading by its prefix
                or m.re is MIN_HEAD
                # "1.0 CALL TO ORDER" after the agenda printed above the minutes ("1. Call to Order"
                # ... "11. Adjournment"): the minutes number afresh from one, once (Caribbean and
                # West African boards' minutes list the agenda, then minute "1.0", "2.0", ...)
                or (restart_at_one and not restarted and _restarts_at_one(num, lines[k], cur_seq))
                # "ITEM PULLED FROM CONSENT" / "11. SHERIFF-CORONER – JUSTICE ASSISTANCE GRANT": a
                # minute headed earlier taken up again under a heading of its own, its title
                # opening as before (US county boards and city councils discuss items pulled
                # from the consent calendar last); not "1. Membership" under "5. Decisions" after
                # "1. Apologies" (sub-items numbered afresh)
                or (
                    num in titled
                    and lines[k].heading
                    and _number_style(num) == _number_style(item_no)
                    and _same_title(titled[num], m.group(2))
                )
                # minutes numbered "24/146" or "CAB 32": a line opening with a number of another
                # style ("02.12.24 Staff salaries" in a schedule of payments) is a new minute
                # only when set as a heading
                # (and so for another series of the same style: "ICB 25/26-001" after "ICB 24/25-030")
                or (
                    lines[k].heading
                    and (
                        _number_style(num) != _number_style(item_no)
                        or (_number_style(num) != "dotted" and _series(num) != _series(item_no))
                    )
                )
            ):
                prev_no, prev_title = item_no, item_title
                restarted = restarted or (restart_at_one and _restarts_at_one(num, lines[k], cur_seq))
                item_no, decider = num, None
                if new_seq is not None and _number_style(num) == "dotted":
                    top_seq = max(top_seq or 0, new_seq)
                title = m.group(2).strip()
                window = " ".join(x.text for x in lines[k : k + 2])
                said = PASSIVE.search(window) or IT_WAS.search(window) or BODY_VERB.search(window)
                run_in = None if use_marks else _run_in_break(m.group(2))
                if run_in and not (said and said.start() < m.start(2) + run_in.start()):
                    # "4. ADOPTION OF AGENDA. Motion by Trustee A, second by ...": the minute's text
                    # runs on after its title on the heading's line (US school board minutes); the
                    # title ends at its full stop and the text is read on from there
                    item_title = re.sub(r"\s+", " ", m.group(2)[: run_in.start()].replace("*", "")).strip(
                        " –-:"
                    )
                    titled.setdefault(num, item_title)
                    cur_col = m.start(2) + run_in.end()
                    t = t[cur_col:]
                    title = ""
                elif not use_marks:
                    title = _wrapped_title(lines, k, title)
                else:
                    for nxt in lines[k + 1 : k + 3]:
                        if ITEM_MARK.match(nxt.text):
                            break
                        title = f"{title} {nxt.text.strip()}"
                if title:
                    item_title = re.sub(r"\s+", " ", title.replace("*", "")).strip(" –-:")
                    titled.setdefault(num, item_title)
                    window = " ".join(x.text for x in lines[k : k + 2])
                    said = PASSIVE.search(window) or IT_WAS.search(window)
                    if said and said.end() > len(lines[k].text) and k + 1 < len(lines):
                        if re.match(r"\s*(?:The|This|These|It)\b", lines[k + 1].text):
                            # "24/11/03 Minutes of the meeting held on 26th September 2024" / "The minutes
                            # were APPROVED ...": a heading over the sentence that opens the next line
                            said = None
                    lower = sum(1 for w in title.split() if w[:1].islower())
                    body = BODY_VERB.search(window)
                    # "13.3 Modern Slavery Statement 2024/25 (C/25/13): Council approved the statement":
                    # a numbered paragraph led by its topic and a colon (university council minutes)
                    topic_led = (
                        body
                        and window[: body.start()].rstrip().endswith(":")
                        # the body opens this line, or the next under a sub-numbered topic ("13.2
                        # Office for Students: ... (C/25/11):" / "Council received the update")
                        and (body.start() < len(lines[k].text) or "." in num)
                    )
                    if not (said and said.start() < len(lines[k].text) and lower >= 3) and not topic_led:
                        k += 1
                        continue
                    # a numbered paragraph, not a heading: "2. Minutes of the ... held on 14 May 2015 were approved"
                    item_title = None
                    if "." in num and major == cur_major and prev_no:
                        item_no, item_title = prev_no, prev_title  # a paragraph of the minute above
                    cur_col = m.start(2)
                    t = t[cur_col:]
        lm = LETTER_ITEM.match(t)
        prev = lines[k - 1].text.rstrip() if k else ""
        if lm and prev.endswith(":") and not heads[k - 1] and not LETTER_ITEM.match(prev):
            lm = None  # "... as to:" + "a) ...": a list in a paragraph, not a sub-item
        if lm and item_no and not cur_col:
            # "b) Easter Egg Hunt – It was resolved ...": minute 8b
            base = item_no.rstrip("abcdefghijklmnopqrstuvwxyz")
            if base and base[-1].isdigit():
                item_no = f"{base}{lm.group(1)}"
                head = re.split(r"\s+[–—-]\s+|:\s", lm.group(2), maxsplit=1)[0]
                item_title = head.strip(" :–-") if len(head) < 80 else item_title
        notice = NOTICE_HEAD.match(t) if not cur_col else None
        if notice:
            item_no, decider, in_reasons = notice.group("item") or notice.group("ref"), None, False
            in_notice = True
            title = notice.group("title").strip()
            nxt = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
            if len(nxt) <= NOTICE_TITLE_WRAP_CHARS and NOTICE_TITLE_WRAP.match(nxt):
                title, k = f"{title} {nxt}", k + 1
            item_title = re.sub(r"\s+", " ", title).strip(" –-:")
            titled.setdefault(item_no, item_title)
            k += 1
            continue
        if not cur_col and (REASONS_FIELD.match(t) or (k and _wrapped_field_label(lines[k - 1].text, t))):
            in_reasons = True
        elif not cur_col and (
            heads[k] or DECISION_FIELD.match(t) or (in_notice and DECISION_CELL.match(t)) or lead_in(t)
        ):
            in_reasons = False
        if in_reasons:
            k += 1
            continue
        field = (DECISION_FIELD.match(t) or (in_notice and DECISION_CELL.match(t))) if not cur_col else None
        if field:
            rest = t[field.end() :]
            listed = decision_list([rest, *texts[k + 1 :]], 0, [False, *heads[k + 1 :]])
            if listed:
                for item in listed[0]:
                    add(item.outcome, item.text, k + item.line)
                k += listed[1] + 1
                continue
            that = THAT_BE.match(" ".join([rest, *(x.text.strip() for x in lines[k + 1 : k + 3])]))
            if that:
                text, j, _ = _sentence_span(lines, k, field.end(), use_marks)
                add(that.group(1), text, k)
                k = j + 1
                continue
            col = field.end()  # "Decision: Cabinet DEFERRED consideration of ...": read on from the label
            continue
        elected = _elected_list(lines, k) if not cur_col else None
        if elected:
            for line_no, text in elected[0]:
                add("elected", text, line_no)
            k = elected[1] + 1
            continue
        # "4.2 The City Integrated Commissioning Board:" (a numbered paragraph naming the body by
        # its own name) says who decides what follows (joint committees in common: the DECIDER
        # branch below reads it); the body by its kind, "5.2 The Board:", leads a list
        named_lead = DECIDER.match(t) is not None and re.match(r"^\s*\d[\d.]*\s", t) is not None
        listed = decision_list(texts, k, heads) if not cur_col and not named_lead else None
        if listed:
            # "The Committee:" / "Cabinet:" / "RESOLVED:" + one resolution per item
            for item in listed[0]:
                add(item.outcome, item.text, item.line)
            k = listed[1] + 1
            continue
        if not cur_col and DECISION_HEAD.match(t) and k + 1 < len(lines) and lead_in(lines[k + 1].text):
            k += 1  # "Decision:" over "Cabinet:" and its list
            continue
        dm = DECIDER.match(t)
        if dm and not CAPS.match(t):
            names = find_bodies(dm.group(1))
            decider = names[0] if names else dm.group(1).strip()
            k += 1
            continue
        m = BODY_CAPS.match(t)
        if m:
            text, j = _sentence_end(lines, k, cur_col + m.start(2), use_marks)
            add(m.group(2), text, k, by=m.group(1).strip())
            k = j + 1
            continue
        m = CAPS.match(t) or LABELLED.match(t)
        further = None
        if not m and t.lstrip().startswith("FURTHER "):
            # "FURTHER RESOLVED THAT the Managing Director submits ...": a further resolution
            # minuted on a line of its own (Kenyan and other Commonwealth state corporations'
            # minutes), read as "RESOLVED" with the word blanked, its text kept from "FURTHER"
            further = len(t) - len(t.lstrip())
            m = CAPS.match(" " * (further + 8) + t[further + 8 :])
        if not m and "RESOLVED" in t:
            # "25/043.2 RESOLVED: that the management accounts ... be received." (minutes that
            # number every paragraph, a resolution among them: Crown dependencies' and NHS
            # Scotland boards, university courts); the number blanked so columns still hold
            pn = PARAGRAPH_NUMBER.match(t)
            if pn:
                m = CAPS.match(" " * pn.end() + t[pn.end() :])
        if m:
            rest = t[m.end() :].strip(" -–:")
            if RESOLUTION_TAG.fullmatch(rest) and m.group(1) == "RESOLVED":
                rest = ""  # "RESOLVED 98/25 (Crs Halloran / Desai)" / "That ...": a label, no text
            listed = (
                decision_list([f"{m.group(1)}:", *texts[k + 1 :]], 0, [False, *heads[k + 1 :]])
                if not rest and not cur_col and k + 1 < len(lines) and NUMBERED_LIMB.match(lines[k + 1].text)
                else None
            )
            if listed and len(listed[0]) > 1:
                # "RESOLVED" alone on its line over "(1) That ... be noted." / "(2) That ... be
                # endorsed ...": each numbered limb is a resolution of its own (English district
                # and borough council committees print a bare RESOLVED over numbered limbs)
                for item in listed[0]:
                    add(item.outcome, item.text, k + item.line)
                k += listed[1] + 1
                continue
            if not rest and k + 1 < len(lines) and _signature_under(lines, k):
                k += 1  # "APPROVED:" over "Dolores M. Trujillo," / "Chair": a sign-off, no decision
                continue
            if not rest and k + 1 < len(lines):
                text, j = _sentence_end(lines, k + 1, 0, use_marks)
                add(m.group(1), text, k + 1)  # "RESOLVED:" / "That ...": on the page of its text
            else:
                # (the text as printed, from a label in another language before the English one)
                other = OTHER_LANGUAGE_BEFORE.search(t, 0, m.start(1)) if "/" in t[: m.start(1)] else None
                # (t is the line from cur_col on, when an earlier decision ended on this line)
                at = cur_col + (other.start() if other else m.start(1) if further is None else further)
                text, j = _sentence_end(lines, k, at, use_marks)
                inner = _reported_resolution(text) if m.group(1) in ("RESOLVED", "Resolved") else None
                if (
                    m.group(1) == "RESOLVED"
                    and FURTHER.match(rest)
                    and out
                    and out[-1].text.startswith("RESOLVED")
                ):
                    # "RESOLVED FURTHER THAT the Managing Director be authorised to sign ...": a
                    # further limb of the resolution above, not a resolution of its own (Indian
                    # companies' and Commonwealth state corporations' board minutes)
                    limb = text[:-1] if text.endswith("”") and "“" not in text else text
                    out[-1].text = f"{out[-1].text} {limb}"
                    k = j + 1
                    continue
                if inner:
                    add(*inner, k)  # "RESOLVED: the Board noted the report": noted
                else:
                    add(m.group(1), text, k)
            k = j + 1
            continue
        m = BARE.match(t)
        prev = lines[k - 1].text.strip() if k else ""
        if m and not (heads[k - 1] if k else False) and not prev.endswith((".", ":", "-", "–")):
            m = None  # "Approved" in a sign-off box under "Duration 3 hours", not a minute's decision
        if m:
            add(m.group(1), t.strip(), k)
            k += 1
            continue
        if DECISION_HEAD.match(t) and t.strip()[:1].islower():
            # "... and a precept of £5,700 was" / "resolved": the last word of a sentence
            # wrapped onto a line of its own, not a "Resolved" heading
            if k and re.search(r"\b(?:was|were|been|be)\s*$", prev) and not cur_col:
                starts = [b.end() for b in SENTENCE_BREAK.finditer(prev)]
                head = prev[starts[-1] :] if starts else re.sub(rf"^\s*{BULLET}", "", prev)
                add("resolved", f"{head.strip()} {t.strip()}", k - 1)
            k += 1
            continue
        if DECISION_HEAD.match(t) and k + 1 < len(lines):
            text, j = _sentence_end(lines, k + 1, 0, use_marks)
            oc = _outcome_of(text)
            if oc:
                add(oc, text, k + 1)
                k = j + 1
                continue
        if not cur_col and LABELLED_DECISION.match(t):
            # "Decision C24/6 – The Council requested ...": the label makes it a decision whatever
            # its verb; its text the paragraph (or the list after "The Council:")
            text, j = _sentence_end(lines, k, 0, use_marks)
            add(_outcome_of(text[text.find(" ", 10) :]) or "agreed", text, k)
            last_end = j
            k = j + 1
            continue
        numbered = _numbered_motion(lines, k) if not cur_col else None
        if numbered:
            text, verb, j = numbered
            if not ADJOURN_MOTION.search(text) and not re.match(r"To\s+adjourn\b", text):
                add(_numbered_motion_outcome(verb, text), text, k + 1)
            last_end = j
            k = j + 1
            continue
        taken = _action_taken(lines, k, heads) if not cur_col else None
        if taken:
            text, verb, j = taken
            add(verb, text, k)
            last_end = j
            k = j + 1
            continue
        voted = _voted_motion(lines, k, heads) if not cur_col else None
        if voted:
            text, verb, j = voted
            if not ADJOURN_MOTION.search(text):
                add(_motion_outcome(verb, text), text, k + 1)
            last_end = j
            k = j + 1
            continue
        labelled = _labelled_motion(lines, k, heads) if not cur_col else None
        if labelled:
            text, verb, j = labelled
            outcome = OUTCOME_WORD.get(verb, verb)
            if outcome == "carried" and text.startswith("THAT"):
                # a carried "THAT ..." says what was decided by its verb, as the resolution-block
                # reader, which read these motions before, gives it ("THAT Council receive ...": received);
                # carried where it has none ("THAT Council direct staff to ...")
                verb_outcome = resolution_outcome(text)
                outcome = outcome if verb_outcome == "resolved" else verb_outcome
            add(outcome, text, k + 1)
            last_end = j
            k = j + 1
            continue
        block = resolution_block(texts, k, heads) if not cur_col else None
        if block:
            # "Resolution DC/2025/108" / "That the Council: a) receives ...; b) approves ..." /
            # "Moved: ... / Seconded: ..." / "CARRIED"; "RESOLUTION 2025-31" / "WHEREAS ..." /
            # "NOW, THEREFORE, BE IT RESOLVED, that ..." (see decision_grammar)
            add(block.outcome, block.text, block.first)
            last_end = block.last
            k = block.last + 1
            continue
        mo = MOTION_START.search(t)
        motion = (
            _motion_span(
                lines, k, cur_col + mo.end("ref") if mo.group("ref") else cur_col + mo.start(), heads
            )
            if mo
            else None
        )
        if (
            not mo
            and k + 1 < len(lines)
            and "moved" in lines[k + 1].text
            and MOVED_OPENS.match(lines[k + 1].text)
        ):
            wrapped = WRAPPED_MOVER.search(t)
            if wrapped:
                motion = _motion_span(lines, k, cur_col + wrapped.start(1), heads)
        if motion and mo and mo.group("passive_to") and not PASSIVE_MOVER.search(motion[0]):
            motion = None  # "Motion to approve the consent calendar carried 5-0": another reader's
        if motion:
            text, verb, j, endcol = motion
            if not ADJOURN_MOTION.search(text):
                outcome = _motion_outcome(verb, text)
                if mo and mo.group("passive_to"):
                    outcome = _passive_motion_outcome(outcome, text)
                add(outcome, text, k)
            last_end = j
            if endcol < len(lines[j].text.rstrip()):
                k, col = j, endcol
            else:
                k = j + 1
            continue
        if not cur_col:
            m = SUBJECT_VERB.match(t) or NOMINAL.match(t)
            nxt_line = lines[k + 1].text if k + 1 < len(lines) else ""
            if (
                m
                and (
                    re.search(r"\b(?:not|if|whether|when|should|would|to be|once|until|unless)\b", m.group(0))
                    # "Registrar reported that the revised policy had been approved by the Education
                    # Committee": reported speech, or the pluperfect of an earlier approval elsewhere
                    or re.search(r"\bhad\s+been\b", m.group(0))
                    or REPORTED_THAT.search(m.group(0))
                    # "... tree surgery was required and carried" + "out on the trees": the verb
                    # is a phrasal one that runs on over the line end
                    or (not t[m.end() :].strip() and PARTICLE_NEXT.match(nxt_line))
                    # "... following the" / "adoption of Operation Soteria.": a wrapped line of a
                    # sentence, not a minute opening with its decision
                    or (m.re is NOMINAL and k > 0 and RUNS_ON.search(lines[k - 1].text) is not None)
                    # "... the Planning Commission's March 27, 2025" / "approval of Use Permit ...": in
                    # lower case after a line that ends no sentence, the line wraps a sentence
                    or (
                        m.re is NOMINAL
                        and k > 0
                        and t.lstrip()[:1].islower()
                        and not heads[k - 1]
                        and not re.search(r"[.:;]\s*$", lines[k - 1].text)
                    )
                    # "22/01/25 and approved. Propose closure." (an action log's update cell): a
                    # date is no subject; a motion or paper is named in words
                    or (
                        m.re is SUBJECT_VERB
                        and not re.search(r"[A-Za-z]{3,}", re.sub(r"\b(?:and|or)\b", "", m.group("subj")))
                    )
                    # "CR-03 Capital projects exceed approved" / "budgets ...": the verb an adjective
                    # after a verb, article or preposition (a risk register's description cell)
                    or (m.re is SUBJECT_VERB and _ATTRIBUTIVE_BEFORE.search(m.group("subj")))
                    # "... should remain Extreme until the Long" / "Term Plan is adopted. Cr A asked
                    # ...": a present-tense clause wrapped from a sentence above, not a motion
                    # minuted with its result (council committees' prose between resolutions)
                    or (
                        m.re is SUBJECT_VERB
                        and re.search(r"\s(?:is|are)$", m.group("subj"))
                        and k > 0
                        and not heads[k - 1]
                        and not re.search(r"[.:;!?)]\s*$", lines[k - 1].text)
                    )
                )
            ):
                m = None
            if m:
                text, j, endcol = _sentence_span(
                    lines, k, len(re.match(rf"^\s*{BULLET}", t).group(0)), use_marks
                )
                add(_verb(m), text, k)
                k = j + 1
                continue
        summary = ACTION_SUMMARY.match(t) if not cur_col and k and heads[k - 1] else None
        if summary:
            text, j, _ = _sentence_span(lines, k, 0, use_marks)
            add(summary.group(1).lower(), text, k)
            last_end = j
            k = j + 1
            continue
        window = t + " " + (lines[k + 1].text if k + 1 < len(lines) else "")
        if not cur_col:
            # "25/39.2 Senate noted the report ...": a numbered paragraph's number is no part of
            # its sentence, which opens after it (blanked, so offsets into the line hold)
            window = PARAGRAPH_NUMBER.sub(lambda x: " " * len(x.group(0)), window, count=1)
        found = None
        found_at = 0
        low = window.lower()
        for pat in (
            ()
            if not any(w in low for w in _VERB_STEMS)
            else (
                PROPOSED_BY,
                BODY_VERB,
                PASSIVE,
                MINUTES_RECORD,
                IT_WAS,
                THIS_WAS,
                ELECTED,
                DULY,
                PROPOSED,
                MOVED_SECONDED,
                THEY,
                VERDICT,
                OPENING_VERB,
                PASSIVE_ANY,
                GRANTED,
                ALL_AGREED,
                IN_PRINCIPLE,
                own_acronym,
            )
        ):
            if pat is None:
                continue
            for mm in pat.finditer(window):
                if pat is PROPOSED and not any(SECONDED.search(x.text) for x in lines[k : k + 5]):
                    continue  # a suggestion, not a motion
                if pat is THEY and not BODY_SUBJECT.search(
                    " ".join(x.text for x in lines[max(0, k - 3) : k]) + " " + window[: mm.start()]
                ):
                    continue  # "They" is not the body
                if pat is IT_WAS and mm.group(1).lower() == "agreed" and SHARED_VIEW.match(window, mm.end()):
                    continue
                if pat is IT_WAS and INTEREST_HANDLING.match(window, mm.end()):
                    continue  # "It was agreed that the weekend had been a great success": a view
                if pat in (BODY_VERB, ALL_AGREED, THEY) and _view_or_stay(mm, window):
                    continue
                if (
                    (pat is PASSIVE or (pat is IT_WAS and window[mm.start()] == "i"))
                    and mm.start(1) >= len(t)
                    and k + 1 < len(lines)
                    and CAPS.match(lines[k + 1].text)
                ):
                    # "The proposal was declared carried and it was" / "AGREED to approve ...": the
                    # line in capitals below is the decision (Northern Irish council minutes); a
                    # sentence opening "It was" / "RESOLVED ..." is one record with it
                    continue
                if (
                    pat is ALL_AGREED
                    and not t[: mm.start()].strip()
                    and k
                    and not re.search(r"[.:;!?]\s*$", lines[k - 1].text)
                    and not heads[k - 1]
                ):
                    continue  # "At that meeting," / "Members agreed to refer ...": mid-sentence
                if (
                    pat is BODY_VERB
                    and window.startswith("Members", mm.start())
                    and not t[: mm.start()].strip()
                    and k
                    and RUNS_ON.search(lines[k - 1].text)
                ):
                    continue  # "At that meeting," / "Members agreed to refer ...": mid-sentence
                if pat is VERDICT and mm.start() >= len(t):
                    continue
                if pat is BODY_VERB and re.search(r"\b(?:which|whom|as)\s+$", window[: mm.start()]):
                    # "Councillor Qureshi asked that the Q2 report include the tracker, which the
                    # Cabinet Member agreed": a relative clause agreeing to a member's request
                    continue
                if pat is BODY_VERB and window[mm.end() :].startswith(":"):
                    # "Council President of the City Council" / "Approved: October 13, 2025": a
                    # sign-off's label under a signature (US city council minutes), not a verb
                    continue
                if (
                    pat is PASSIVE
                    and mm.group(1) == "received"
                    and (
                        not RECEIVED_SUBJECT.search(mm.group(0))
                        or re.search(r"\b(?:has|have) been\b", mm.group(0))
                        # "Written reports from the Membership Group ... were received": what the
                        # groups sent in (councils of governors), not a paper the body took
                        or re.search(r"\bfrom\b", mm.group(0))
                    )
                ):
                    continue  # "The ROSPA report has been received": it arrived, it was not taken
                if mm.end() > len(t) and re.match(r"\s*(?:The|This|These|Those|It)\b", window[len(t) :]):
                    continue  # the verb is in the next sentence ("Minutes of previous meeting" / "The minutes ...")
                if (
                    mm.end() > len(t)
                    and k + 1 < len(lines)
                    and (
                        DECISION_HEAD.match(lines[k + 1].text)
                        or (
                            CAPS.match(lines[k + 1].text)
                            and re.search(r",\s*(?:and\s+)?$", window[: mm.start()])
                        )
                        # "Proposed by Cllr A, seconded by Cllr B and" / "RESOLVED that ...": the
                        # motion's movers lead the resolution below, read there (English town and
                        # parish councils)
                        or (CAPS.match(lines[k + 1].text) and re.search(r"\band\s*$", t))
                    )
                ):
                    # "..., it was" / "RESOLVED:" / "That ...", "... CARRIED, and it was" / "RESOLVED –
                    # That this Council ...": the resolution below is read as one (but "It was" /
                    # "RESOLVED (For 9, ...) to ..." is one sentence wrapped, read here)
                    continue
                at = mm.start()
                if pat is BODY_VERB and at:
                    # "On motion of Supervisor Lindqvist, seconded by Supervisor Castañeda-Ruiz, the
                    # Board unanimously approved ...", "By a vote of 3-0 (...), the Board authorized
                    # ...": the motion or vote that leads the sentence is part of it
                    lead = max((b.end() for b in SUBJECT_START.finditer(window, 0, at + 1)), default=0)
                    # (from the line's start, or with the verb on this line: a clause that opens
                    # late on the line above its verb is left to the next line's reading)
                    if lead < at and MOTION_CLAUSE.match(window, lead) and (not lead or at < len(t)):
                        at = lead
                if pat is PROPOSED_BY and window[mm.start()] in "pm":
                    # "The minutes ..., having been circulated, were proposed by ...": the subject
                    # of the motion opens the sentence
                    at = max((b.end() for b in SUBJECT_START.finditer(window, 0, at + 1)), default=0)
                if pat is PASSIVE_ANY or pat is IN_PRINCIPLE:
                    # "Allowances of £200 for ..., and £600 for" / "repair work to the changing rooms
                    # were approved.": the subject is the whole sentence before the verb
                    at = max((b.end() for b in SUBJECT_START.finditer(window, 0, at + 1)), default=0)
                    if mm.start() >= len(t) > at and not (
                        re.match(r"\s*(?!\(?[a-z0-9]{1,3}[.)]\s)[a-z£]", window[len(t) :])
                        or RUNS_ON.search(t)
                    ):
                        at = mm.start()  # the sentence begins on the next line ("Bank balance: £10,049")
                if at < len(t) and (found is None or at < found_at):
                    found, found_at = mm, at
        if found and found.re is VERDICT:
            add(_verb(found), _verdict_text(lines, k, cur_col, found.end(), last_end), k)
            rest = t[found.end() :]
            if rest.strip():
                col = cur_col + found.end()
            else:
                k += 1
            last_end = k
            continue
        if found:
            start = found_at + cur_col
            if found.re is ELECTED:
                start = cur_col  # the person elected begins the sentence
            text, j, endcol = _sentence_span(lines, k, start, use_marks)
            if found.re is PASSIVE and RESULT_OF_MOTION.match(text):
                quote = _quoted_motion(lines, k, last_end, heads)
                if quote:
                    text = f"{quote} {text}"
            last_end = j
            second = (
                SECOND_VERB.search(text)
                or SECOND_DELEGATION.search(text)
                or (AFTER_REFUSAL.search(text) if _verb(found) == "rejected" else None)
                or (AFTER_NOTING.match(text) if _verb(found) in ("noted", "received") else None)
                if found.re in (BODY_VERB, IT_WAS, own_acronym)
                else SECOND_ELECTED.search(text)
                if found.re is ELECTED
                else None
            )
            if second:
                # "The Board ENDORSED the declaration ..., and AUTHORISED the Chief Executive to
                # sign it": two resolutions in one sentence, two records
                add(_verb(found), TRAILING_AND.sub("", text[: second.start("at")]) + ".", k)
                add(_verb(second), text[second.start("at") :], k)
            else:
                add(_verb(found), text, k)
            # further decisions later on the last line of this one
            if endcol < len(lines[j].text.rstrip()) and (j > k or endcol > cur_col):
                k, col = j, endcol
            else:
                k = j + 1
            continue
        k += 1
    return _drop_votes_resolved(out, line_of)


# A motion's mover or vote within this many lines of the resolution it led to is part of it
# (the written set's planning, ICB and panel minutes put them 1-3 lines apart)
# (6: a proposal wrapped over four lines and "On being put to the vote: For 7, Against 2,
# Abstentions 1." between it and its "RESOLVED that ..." in district planning committees)
MOTION_NEAR_LINES = 6
# Outcomes that record a motion's passage rather than what was decided
MOTION_OUTCOMES = ("carried", "proposed")


# Office bearers elected as a list under a lead-in: "The following were elected unopposed for
# 2025-26:" + "Chair – Morag MacInnes (proposed A, seconded B)" + "Treasurer – ..." (community
# councils', parish councils' and charities' annual meetings): one election per office, each a
# decision. The lead-in ends with a colon and names the election (on its line or the one above);
# each item is an office, a dash, the person, and the motion in brackets.
ELECTED_LEAD = re.compile(r"\b(?:elected|appointed|re-elected|re-appointed)\b[^:]{0,60}:\s*$", re.I)
OFFICE_ITEM = re.compile(
    r"^\s*[A-Z][\w’']*(?:[ -][A-Z]?[\w’']+){0,3}\s+[–—-]\s+[A-Z][^()]{2,60}\((?i:proposed|nominated|moved)\b"
)
# an item's motion in brackets wraps over at most this many lines (a name with its title)
OFFICE_ITEM_LINES = 2


def _elected_list(lines: list[Line], k: int) -> tuple[list[tuple[int, str]], int] | None:
    """The elections listed under the lead-in ending on lines[k] (see ELECTED_LEAD) and the
    index of the list's last line; None when lines[k] is no such lead-in or no office follows."""
    t = lines[k].text.strip()
    if not t.endswith(":"):
        return None
    lead = f"{lines[k - 1].text.strip()} {t}" if k else t
    if ("lect" not in lead and "ppoint" not in lead) or not ELECTED_LEAD.search(lead):
        return None
    items: list[tuple[int, str]] = []
    j = k + 1
    while j < len(lines) and OFFICE_ITEM.match(lines[j].text):
        first, text = j, lines[j].text.strip()
        while text.count("(") > text.count(")") and j + 1 < len(lines) and j + 1 - first < OFFICE_ITEM_LINES:
            j += 1
            text = f"{text} {lines[j].text.strip()}"
        items.append((first, text))
        j += 1
    return (items, j - 1) if items else None


def _drop_votes_resolved(out: list[Decision], at: list[int]) -> list[Decision]:
    """ "It was proposed by Councillor H and seconded by Councillor Q that the recommendation be
    approved. (For 11, Against 0)" / "RESOLVED – That Listed Building Consent be GRANTED ...":
    the motion and its vote, minuted next to the resolution they led to, are that resolution,
    not another decision (planning committees, town councils, ICB boards, police and crime
    panels). A carried motion with no resolution beside it stays."""
    keep = []
    for i, d in enumerate(out):
        if d.outcome in MOTION_OUTCOMES and any(
            0 <= j < len(out)
            and out[j].item_number == d.item_number
            and abs(at[j] - at[i]) <= MOTION_NEAR_LINES
            # the resolution below ("RESOLVED – That ..."), or the decision the vote closes
            # ("the Board approved ... The recommendation was carried"); not "It was agreed the
            # group should ..." after a proposal, nor a proposal after "It was resolved that ...":
            # decisions of their own
            and (
                (j == i + 1 and out[j].outcome == "resolved") or (j == i - 1 and out[j].outcome == "approved")
            )
            for j in (i - 1, i + 1)
        ):
            continue
        keep.append(d)
    return keep


def _layout_span(order: tuple[list[LayoutLine], dict[int, int]], lines: list[Line]) -> list[LayoutLine]:
    """The layout lines from the first to the last of a minute's lines, in reading order (a
    line's layout match is the first line of that text on its page, so repeated lines such as
    "NOTED the report." give their first place: the span runs from the earliest to the latest).
    `order` is the document's layout lines and each one's place, built once per document."""
    everything, where = order
    places = [where[id(ln.layout)] for ln in lines if ln.layout is not None and id(ln.layout) in where]
    return everything[min(places) : max(places) + 1] if places else []


def extract_decisions(doc: Document, meetings: list[Meeting] | None = None) -> list[Decision]:
    found = minute_sections(doc, next((m.date for m in meetings or [] if m.kind == "meeting"), None))
    out: list[Decision] = []
    order: tuple[list[LayoutLine], dict[int, int]] | None = None
    for n, f in enumerate(found):
        stop = (found[n + 1].meeting.page, found[n + 1].line_index) if n + 1 < len(found) else None
        lines = _join_stacked_heads(
            _stream(doc, f.meeting.page, f.line_index + 1, stop, mid_page_repeats=True)
        )
        by_rules = decisions_in(lines, f.meeting)
        # and those a trained sentence model is sure of that the wording rules missed
        if order is None:
            everything = list(layout_of(doc).lines())
            order = (everything, {id(ln): i for i, ln in enumerate(everything)})
        found_here = by_rules + model_decisions(_layout_span(order, lines), f.meeting, by_rules)
        out.extend(_with_numbered_resolutions(found_here, lines))
    out = [d for d in out if not _STATUS_CELL.search(d.text)]
    return _with_table_decisions(out, decisions_from_tables(doc))


# An action log's status cell explaining how an action was closed: "Completed – adopted by written
# procedure, August 2025", "Closed - approved at the March meeting" (the action lists annexed to
# regional commissions' and councils' summary records, read without rules into the minutes' text
# stream): the status word, a dash, then the passive verb a decision sentence would hold; a
# minuted decision never opens its verb so
_STATUS_CELL = re.compile(
    r"\b(?:Completed?|Closed|Done|Ongoing|Open|In\s+progress)\s*[–—-]\s*(?:\w+\s+)?"
    r"(?:adopted|approved|agreed|noted|endorsed|accepted)\b"
)


# "... the Board approved the award under" / "BOARD RESOLUTION NO. 060, SERIES OF 2025 –
# “Approving the Award of Contract ...”": a decision sentence closing with "under" and the
# numbered resolution it was passed under set out below it, indented, with its quoted title
# (Philippine electric cooperatives' and local councils' board minutes)
# (a motion's reading may have run on into the resolution's number: "... carried under BOARD
# RESOLUTION NO.")
_UNDER_END = re.compile(r"\bunder:?(?P<partial>\s+(?:BOARD\s+|COUNCIL\s+)?RESOLUTION\s+NO\.)?$", re.I)
_NUMBERED_RESOLUTION = re.compile(r"^\s*(?:BOARD\s+|COUNCIL\s+)?RESOLUTION\s+NO\.", re.I)
# lines a resolution's title runs to (the longest printed one wraps to three)
_RESOLUTION_TITLE_MAX_LINES = 5


def _with_numbered_resolutions(decisions: list[Decision], lines: list[Line]) -> list[Decision]:
    """Each decision whose sentence ends "under" with the resolution set out on the lines after
    it (see _UNDER_END): its text runs on through that resolution's number and title."""
    out: list[Decision] = []
    for d in decisions:
        end = _UNDER_END.search(d.text)
        if not end:
            out.append(d)
            continue
        text = d.text[: end.start("partial")] if end.group("partial") else d.text
        tail = re.sub(r"\s+", " ", text[-30:]).strip()
        at = next(
            (
                i
                for i, ln in enumerate(lines)
                if ln.page in (d.page, d.page + 1) and ln.text.rstrip().endswith(tail[-12:])
            ),
            None,
        )
        resolution = _resolution_after(lines, at) if at is not None else None
        out.append(replace(d, text=f"{text} {resolution}") if resolution else d)
    return out


def _resolution_after(lines: list[Line], at: int) -> str | None:
    """The numbered resolution opening the line after `at`, through its title's closing quote."""
    if at + 1 >= len(lines) or not _NUMBERED_RESOLUTION.match(lines[at + 1].text):
        return None
    taken: list[str] = []
    for ln in lines[at + 1 : at + 1 + _RESOLUTION_TITLE_MAX_LINES]:
        taken.append(ln.text.strip())
        if re.search(r"[”\"]\s*$|\.[”\"]?$", ln.text.rstrip()):
            break
    return " ".join(taken)


def _with_table_decisions(prose: list[Decision], tabled: list[Decision]) -> list[Decision]:
    """Prose decisions and those of decision logs and registers (decision_tables), each decision
    once: a prose record on a page of the table that holds the same decision read the table's
    cells as text and gives way to the row; a row repeating a decision minuted elsewhere in the
    document (minutes closing with a log of their resolutions) gives way to the minute."""
    if not tabled:
        return prose
    table_pages = {d.page for d in tabled}
    keep_prose: list[Decision] = []
    repeated: set[int] = set()
    for p in prose:
        same = [i for i, t in enumerate(tabled) if same_decision(p.text, t.text)]
        if same and p.page in table_pages:
            continue  # the row reads it
        repeated.update(same)
        keep_prose.append(p)
    rows = [t for i, t in enumerate(tabled) if i not in repeated]
    return sorted(keep_prose + rows, key=lambda d: d.page)
