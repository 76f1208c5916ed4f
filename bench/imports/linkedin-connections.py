#!/usr/bin/env python3
"""Writes a LinkedIn Connections.csv of N rows, as LinkedIn's data export writes it today.

    bench/imports/linkedin-connections.py 10000 /tmp/li/Connections.csv [seed]

The notes before the header, a byte-order mark, CRLF line ends, names and companies drawn from
lists of common ones (so some people share a name and many share a company), companies with a
quoted comma ("Acme, Inc."), an e-mail address for one connection in ten, a member who hid their
details in one row in a hundred, and dates like "08 Feb 2026" over fifteen years. The same seed
writes the same file.
"""
import random
import sys

FIRST = """James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Barbara
Richard Susan Joseph Jessica Thomas Sarah Charles Karen Priya Wei Aisha Mohammed Olga Sven Lucia
Mateo Yuki Chidi Fatima Liam Noah Emma Olivia Ava Sophia Isabella Mia Amelia Harper Ethan Lucas
Mason Logan Elijah Oliver Aiden Zoë Siobhán José André Ingrid Kenji Ananya Rahul Grace Hannah
Daniel Samuel Leah Ruth Nadia Omar Tariq Elena Marco Giulia Pierre Camille Lars Astrid Anders
Freya Niamh Ciarán Dmitri Irina Tomasz Agnieszka Ravi Deepa Hiroshi Mei Jun Min-jun Seo-yeon""".split()
LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris
Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Patel Shah Singh
Kumar Chen Wang Li Zhang Liu Kim Park Tanaka Sato Müller Schmidt Schneider Fischer Dubois Moreau
Rossi Russo Ferrari Novak Kowalski Nowak Andersson Johansson Hansen Jensen O'Brien O'Neil Murphy
Kelly Byrne Ivanov Petrov Okafor Adeyemi Mensah Haddad Khalil""".split()
COMPANY_WORDS = """Acme Cielo Northwind Contoso Fabrikam Globex Initech Umbrella Stark Wayne Wonka
Hooli Vandelay Soylent Tyrell Cyberdyne Aperture Gringotts Oscorp Pied Piper Bloom Ochre Meridian
Summit Harbor Beacon Atlas Orion Vertex Nimbus Quantum Apex Zenith Evergreen Silverline Bluewater
Redwood Ironbridge Lighthouse Keystone Pinnacle Horizon Sterling Crescent Granite""".split()
SUFFIXES = ["Ltd", "Inc.", ", Inc.", " Group", " Consulting", " Labs", " Partners", "", "", ""]
TITLES = """Software Engineer|Senior Software Engineer|Engineering Manager|Product Manager|
Head of Sales|Sales Director|CTO|CEO|CFO|Founder|Co-Founder|Consultant|Senior Consultant|
Recruiter|Talent Acquisition Partner|Marketing Manager|Head of Marketing|Data Scientist|
Designer|UX Researcher|Account Executive|Business Development Manager|IT Director|
Operations Manager|Partner|Managing Director|VP Engineering|Analyst""".replace("\n", "").split("|")
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def csv_value(text):
    if any(c in text for c in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def main():
    rows = int(sys.argv[1])
    out = sys.argv[2]
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    companies = []
    for word in COMPANY_WORDS:
        for _ in range(4):
            suffix = rnd.choice(SUFFIXES)
            name = word + (suffix if suffix.startswith((",", " ")) or not suffix else " " + suffix)
            companies.append(name)
    companies = sorted(set(companies))
    lines = [
        "Notes:",
        csv_value("When exporting your connection data, you may notice that some of the email "
                  "addresses are missing. You will only see email addresses for connections who "
                  "have allowed their connections to see or download their email address using "
                  "this setting https://www.linkedin.com/psettings/privacy/email. You can learn "
                  "more about this here: https://www.linkedin.com/help/linkedin/answer/261"),
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    for i in range(rows):
        day = f"{rnd.randint(1, 28):02d} {rnd.choice(MONTHS)} {rnd.randint(2011, 2026)}"
        if rnd.random() < 0.01:
            lines.append(",,,,,," + day)
            continue
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        slug = (first + "-" + last).lower().replace("'", "") + f"-{i:05d}"
        url = "https://www.linkedin.com/in/" + slug
        email = slug + "@example.com" if rnd.random() < 0.1 else ""
        company = rnd.choice(companies) if rnd.random() < 0.9 else ""
        title = rnd.choice(TITLES) if company else ""
        lines.append(",".join(csv_value(v) for v in
                              (first, last, url, email, company, title, day)))
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + "\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    main()
