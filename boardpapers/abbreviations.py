"""The small table of organisation abbreviations (one place: names.py uses it to
tell an abbreviation from a person's initials, orgs.py to expand it)."""

# Abbreviations written in English public-sector papers and what they stand
# for; expanded word by word before comparing. Kept small on purpose: each
# entry is a common, unambiguous abbreviation (ICB differs between bodies, so
# it stays as written).
ABBREVIATIONS: dict[str, str] = {
    "lb": "london borough of",
    "lbh": "london borough of hackney",
    "ccg": "clinical commissioning group",
    "c h": "city and hackney",
    "ch": "city and hackney",
    "stp": "sustainability and transformation partnership",
    "nhs ft": "nhs foundation trust",
    "ft": "foundation trust",
    "ltd": "limited",
    "plc": "public limited company",
    "llp": "limited liability partnership",
    "cic": "community interest company",
    "cvs": "council for voluntary services",
    "huhft": "homerton university hospital nhs foundation trust",
    "elft": "east london nhs foundation trust",
    "pcn": "primary care network",
    "cipfa": "chartered institute of public finance and accountancy",
    "moj": "ministry of justice",
    "hbc": "hartlepool borough council",
    "kcc": "kent county council",
}
