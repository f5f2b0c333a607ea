package io.semanticrouter.pii;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatternPiiDetectorTest {

    private final PiiDetector detector = PatternPiiDetector.INSTANCE;

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            mail jane.doe@example.com today                 | EMAIL
            call +44 20 7946 0958 after lunch               | PHONE
            call (415) 555-2671                             | PHONE
            Phone: 467 3395                                 | PHONE
            can someone call me on 01.84.17.61.18?          | PHONE
            I lost my card 4574911566148561.                | CREDIT_CARD
            limit for card 501864667909?                    | CREDIT_CARD
            card 4111 1111 1111 1111 expired                | CREDIT_CARD
            card 5500-0000-0000-0004                        | CREDIT_CARD
            my SSN is 078-05-1120                           | SSN
            IBAN GB82 WEST 1234 5698 7654 32 please         | IBAN
            pay DE89370400440532013000                      | IBAN
            server 192.168.10.254 is down                   | IP_ADDRESS
            host 2001:db8:85a3::8a2e:370:7334               | IP_ADDRESS
            """)
    void findsValidatedPatterns(String text, String type) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly(type);
    }

    @ParameterizedTest(name = "nothing in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            card 4111 1111 1111 1112 (bad Luhn)
            version 1.2.3.4567 of the SDK
            released on 2024-01-31
            order number 12345
            order number 8765432 shipped
            invoice 501864667909 is due
            rerun 467 3395 times
            IP 999.1.1.1 is not valid
            SSN 000-12-3456 is impossible
            IBAN GB00 WEST 1234 5698 7654 32
            the meeting is at 10:30
            """)
    void rejectsLookAlikes(String text) {
        assertThat(detector.detect(text.trim())).isEmpty();
    }

    @ParameterizedTest(name = "address in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            why can't I ping 10.2.30.4 from the laptop?
            the dashboard listens on 198.51.100.23:9000
            route 10.44.0.0/16 through the second link
            open http://192.168.8.1/setup in a browser
            ssh root@172.18.0.5 fails with a timeout
            the request came from client_ip 93.184.216.34, says the log
            set the resolver to 9.9.9.9 for all nodes
            the packets arrive at 203.0.113.9.
            shipments for 140.252.141.168 arrived today
            """)
    void acceptsDottedQuadsWithEvidenceOfAnAddress(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly("IP_ADDRESS");
    }

    @ParameterizedTest(name = "no address in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            what is new in version 3.1.4.2?
            we still ship v2.7.1.9 to old customers
            release 11.2.0.4 fixed the leak
            the kernel 5.10.0.123 panics on boot
            see section 7.3.2.1 for the exceptions
            clause 14.2.5.3 limits the liability
            the curve in figure 2.4.1.6 flattens out
            control 9.4.2.1 of ISO 27001 asks for it
            the OID 1.3.6.1.4.1.9 names the vendor
            build 4.22.101.7 is green
            our package 2.3.12.8-beta is unstable
            the server runs version 6.3.2.1 today
            the recipe says 2.4.1.3 and that puzzles me
            """)
    void refusesVersionsReferencesAndIdentifiers(String text) {
        assertThat(detector.detect(text.trim())).isEmpty();
    }

    @ParameterizedTest(name = "phone in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            US | leave a message at (415) 555-0132 tonight
            US | the lab is 415-555-0132
            US | try 212.555.0148 in the morning
            US | toll free 1-800-555-0199 works
            UK | the clinic is 020 7946 0958
            UK | mine is 07700 900123
            DE | in Berlin: 030 12345678
            DE | she uses 0151 23456789 now
            DE | the shop has 040/3825190
            FR | chez moi 01 23 45 67 89
            FR | le portable 06.12.34.56.78
            IN | WhatsApp me on 98765 43210
            IN | the Mumbai desk is 022 2345 6789
            BR | o escritório (11) 91234-5678
            BR | the Sao Paulo branch 11 3456-7890
            BR | mobile 21 98877 6655 for the driver
            any | my number is 5551234567
            any | Phone: 467 3395
            """)
    void findsNationalPhoneFormats(String country, String text) {
        assertThat(detector.detect(text.trim())).as(country).extracting(PiiMatch::type).containsExactly("PHONE");
    }

    @ParameterizedTest(name = "no phone in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            order 0451 2209 8812 is late
            the ISBN 0-19-852663-6 is the paperback
            customer id 0050 1234 567 on the invoice
            the office is at 17031 2202 Harbour St
            revenue reached 3 450 000 this year
            the train leaves 2024-06-14 10:30 sharp
            we sold 12 500 units and then 14 200
            ticket 20230517-0042 was closed
            priced at $ 1 299 000 it is too much
            ask the office about 12.0.118.40 today
            """)
    void refusesNumbersThatAreNotPhones(String text) {
        assertThat(detector.detect(text.trim())).isEmpty();
    }

    @ParameterizedTest(name = "phone in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pt, cue: message      | manda mensagem pro 98123-4567 depois do almoço
            pt, cue: landline     | o fixo da loja é 3344-5566
            pt, cue: mobile       | meu cel é 21987654321
            pt, cue: WhatsApp     | chama no zap 97766-5544
            es, cue: mobile       | mi móvil es 612 345 678
            de, cue: direct line  | Durchwahl 4471 2389
            de, cue: landline     | Festnetz: 8847 2210
            de, unter + erreichen | unter 52 47 81 93 erreichen Sie unseren Empfang
            de, erreichen + unter | Sie erreichen mich abends unter 61 38 27 04
            de, slash in spaces   | Praxis Köln 0221 / 4478 9012
            fr, five pairs        | appelez le 01 23 45 67 89
            fr, international     | +33 6 12 34 56 78 is her French number
            de, trunk apart       | Telefon: 0 30 / 12 34 56 78
            """)
    void findsPhonesByCuesInSeveralLanguagesAndShapes(String rule, String text) {
        assertThat(detector.detect(text.trim())).as(rule).extracting(PiiMatch::type).containsExactly("PHONE");
    }

    @ParameterizedTest(name = "no phone in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            tonight's numbers: 02 09 17 28 33 45
            the lottery results: 07 12 19 28 34
            Lottozahlen vom Samstag: 03 15 22 31 42
            the winning numbers were 05 14 21 36 40 44 and the bonus 09
            a mensagem cita o pedido 4455 6677 88
            mande mensagem com o CPF 52998224725
            wir erreichen 1 250 000 Leser im Monat
            unter 1 250 000 Einwohner hat die Stadt nicht
            Saison 2019 / 2020 / 2021 im Archiv
            """)
    void refusesListsAndOtherNumbersNearTheNewCues(String text) {
        assertThat(detector.detect(text.trim())).isEmpty();
    }

    @ParameterizedTest(name = "SSN in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            employee_ssn=412558031 dept=ops
            SSN: 412558031
            her social is 523619874, she said
            """)
    void findsNineDigitSsnsBesideAWordThatNamesThem(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly("SSN");
    }

    @ParameterizedTest(name = "no SSN in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            routing 412558031 for the wire
            ssn field left empty, order 412558031
            invoice 412558031 is paid
            ssn=900123456 is an ITIN range
            ssn=666123456 was never issued
            """)
    void refusesNineDigitRunsWithoutAnSsnWord(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).doesNotContain("SSN");
        assertThat(detector.detect(text.trim())).isEmpty();
    }

    @ParameterizedTest(name = "address in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ts=1733561000 client=91.198.174.192 path=/w/index.php status=200
            peer=51.15.0.9 code=403
            sshd: rhost=37.120.0.44 user=root
            we keep getting complaints about 192.0.2.10 again
            45.9.0.112 kept probing for weeks
            is 61.47.5.98 scanning everyone tonight?
            """)
    void acceptsAddressesInLogFieldsDocumentationRangesAndScanTalk(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly("IP_ADDRESS");
    }

    @ParameterizedTest(name = "no address in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            app_version=10.4.2.17 host=web3
            release:5.4.0.42 client=web
            we upgraded to 203.0.113.1 last week
            the scanner firmware 2.1.0.33 is out
            the document scanner shows 3.12.7.5 on its display
            please apply update 11.2.130.8 for the gateway tonight
            """)
    void refusesDottedNumbersInVersionFieldsAndVersionTalk(String text) {
        assertThat(detector.detect(text.trim())).isEmpty();
    }

    @ParameterizedTest(name = "card in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            pay with 4111111111111111 please
            pay with 4111 1111 1111 1111 please
            pay with 4111-1111-1111-1111 please
            the Amex 3782 822463 10005 was charged
            """)
    void findsCardsInTheCommonSpacings(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly("CREDIT_CARD");
    }

    @ParameterizedTest(name = "no card in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            my licence number is U4111111111111111
            order 4111 1111 1111 1111 has shipped
            """)
    void refusesLuhnValidRunsThatAreNotCards(String text) {
        assertThat(detector.detect(text.trim())).isEmpty();
    }

    @ParameterizedTest(name = "no SSN in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Replace the filter with part no. 512-44-8830 before winter
            The pallet was tagged lot 233-61-4079 at the mill
            Ticket number 318-27-5521 was closed yesterday
            Please quote invoice # 645-18-2290 on the transfer
            Docket 157-42-8803 comes before the judge on Friday
            The tanker's seal 402-19-7736 was broken on arrival
            Store the crate at shelf location 122-07-3410
            Sample accession no. 331-50-6672 goes to the freezer
            The member id is 529-33-1047
            Serial of the returned router: 281-64-3390
            lot # 318.42.7765 passed the test
            """)
    void refusesSsnShapesWhoseLabelNamesAnotherIdentifier(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).doesNotContain("SSN");
    }

    @ParameterizedTest(name = "SSN in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            SSN: 287-65-4321
            Social security number 412-55-8031 on the tax form
            social security no. 532-11-0987 was verified
            Employee SSN 523-61-9874 for payroll
            write 345-67-8912 on the second page
            The applicant's SSN is 456-12-7789
            social sec # 318.42.7765 for the file
            SSN 318.42.7765
            SSN #412558031
            """)
    void keepsSsnsWithAnSsnLabelOrNoLabel(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly("SSN");
    }

    @ParameterizedTest(name = "phone in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ring the parcel team on +44 161 496 0734 for a collection
            Hong Kong depot: +852 2155 3981 (10 minutes from the port)
            A loja de Recife atende no 81 3224 5190
            Fale com a central: 0xx21 2567-8890
            Recepção (0xx11) 3456-7890
            Contact number 020 7946 0958
            Her mobile number is 07700 900461
            Phone number: 00 44 20 7946 0958
            """)
    void findsInternationalBrazilianAndLabelledPhones(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly("PHONE");
    }

    @ParameterizedTest(name = "no phone in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Badge number 00913 207 opens the side door
            Payroll no. 00654 318 is printed on the payslip
            The bank's transit number is 026009593
            Routing no. 021000021 for the wire
            the price moved +1 250 000 today
            counted 15 8021 4410 grains
            """)
    void refusesNumbersLabelledAsAnotherIdentifier(String text) {
        assertThat(detector.detect(text.trim())).isEmpty();
    }

    @ParameterizedTest(name = "no SSN in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Locker combo 318-40-2271 opens the gym locker
            the raffle stub 233-51-8094 won a toaster
            Print the TRN 412-66-0917 on the customs form
            Gate pass 519-20-3384 is valid for the loading dock
            Versicherungsnummer 412-55-8031 steht auf der Karte
            {"OrderId": "529-33-1047"}
            """)
    void refusesSsnShapesAfterACommonWordAnAcronymOrACompoundLabel(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).doesNotContain("SSN");
    }

    @ParameterizedTest(name = "SSN in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Daniel Okafor 412-55-8031 signed the lease
            please enter 345-67-8912 in the box
            it is 523-61-9874, I checked twice
            {"socialSecurityNumber": "287654321"}
            applicant_ssn_value=532110987
            taxpayer-ssn: 412558031
            """)
    void keepsSsnsAfterANameAFunctionWordOrASplitKey(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly("SSN");
    }

    @ParameterizedTest(name = "address in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Switch the laptops to 8.8.4.4 for now
            Block anything from 45.33.32.156 per rule 9
            the kiosk at 9.8.7.6 keeps rebooting
            set the laptops to 9.9.9.9 and 4.4.4.4 tonight
            """)
    void acceptsAddressesAfterAnAddressVerbAndItsPreposition(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsOnly("IP_ADDRESS");
    }

    @ParameterizedTest(name = "no address in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Plot 14.201.36.8 on the survey map belongs to the farm
            We upgraded from 4.2.1.7 to 4.2.1.9 last night
            Moved the release from 2.4.1.3 to 2.4.1.5
            """)
    void refusesPlotNumbersAndVersionsAfterPrepositions(String text) {
        assertThat(detector.detect(text.trim())).isEmpty();
    }

    @ParameterizedTest(name = "phone in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Out-of-hours locksmith (0161) 496 0732
            Customer service (022) 2345 6789
            +64 (0)9 379 4420 rings the Auckland shop
            Festnetz im Ort: 47 12 93
            Durchwahl 52 18 40
            the shop is on 734 2210 when you are calling from a local landline
            Recepção 21 2567.8890
            Telefonnummer 030 1234567
            phoneNumber: 0171 2345678
            Notrufnummer 0800 111 0111
            """)
    void findsBracketedTrunkLocalAndDottedPhones(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly("PHONE");
    }

    @ParameterizedTest(name = "no phone in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Versicherungsnummer 0221 8834 5512 steht auf der Karte
            Mitgliedsnr 030 4471 2290 bitte angeben
            OrderID 0151 2345 6789 was shipped
            Zimmer 43 21 87 im zweiten Stock
            the shop sold 734 2210 units when the season opened
            """)
    void refusesCompoundLabelsAndLocalNumbersWithoutACue(String text) {
        assertThat(detector.detect(text.trim())).isEmpty();
    }

    @ParameterizedTest(name = "card in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kartennummer 4111 1111 1111 1111 bitte prüfen
            Kreditkartennummer: 5500 0000 0000 0004
            """)
    void keepsCardsUnderForeignCompoundLabels(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly("CREDIT_CARD");
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            IMEI of the spare warehouse scanner unit: 358172046619321      |
            Serial of the old label printer in bay two: 864029155738010    |
            Card number of the company account: 4012 8888 8888 1881       | CREDIT_CARD
            Card for the hotel deposit: 5500 0000 0000 0004                | CREDIT_CARD
            """)
    void refusesCardsWhoseLabelNamesAnotherIdentifier(String text, String type) {
        List<String> want = type == null ? List.of() : List.of(type);
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).isEqualTo(want);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sobre o orçamento, me chama no +55 31 98742 0006 ainda hoje     | PHONE
            Reach our Lisbon desk on +351 21 390 4471 today                  | PHONE
            Pay with 4111 1111 1111 1111 before Friday                       | CREDIT_CARD
            """)
    void neverReadsANumberAfterACountryCodeAsACard(String text, String type) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly(type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pour la commande, contactez-moi au 06 44 19 82 30
            her cousin's number is 6465550177 if the shop is closed
            Please call Dr. Whitfield at 555-0148 after lunch
            """)
    void aCueNextToTheNumberBeatsALabelWordFurtherAway(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly("PHONE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pour la commande 06 44 19 82 30 merci
            the number is 6465550177 in the ledger
            Dr. Whitfield filed 555-0148 pages of notes, same code as before
            """)
    void keepsRefusingWithoutAnyCueNearTheNumber(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).doesNotContain("PHONE");
    }

    @Test
    void readsAnSsnColumnFromTheHeaderRowOfCommaSeparatedValues() {
        assertThat(detector.detect("name,ssn,team,site,shift\nOkafor,412558903,blue,north,early"))
                .extracting(PiiMatch::type).containsExactly("SSN");
        assertThat(detector.detect("name,badge,team,site,shift\nOkafor,412558903,blue,north,early")).isEmpty();
        // the columns do not line up: no header
        assertThat(detector.detect("name,ssn,team,site,shift\nOkafor,412558903,blue,north")).isEmpty();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cabins 214-33-5120 to 214-33-5188 are booked for the choir.      |
            Rows 418-26-7001 through 418-26-7040 hold the archive boxes.     |
            the old county record number is 318-52-6674 on the survey        |
            the county assessor parcel number: 227-41-9056                   |
            her SSN is 214-33-5120, not 214-33-5188 as the form said         | SSN
            """)
    void refusesIdentifierRangesAndLabelsWithAdjectives(String text, String type) {
        List<String> want = type == null ? List.of() : List.of(type, type);
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type)
                .isEqualTo(type == null ? List.of() : want);
    }

    @Test
    void readsResolverRolesInADnsSentenceAndRefusesTrailMarkers() {
        assertThat(detector.detect("Set DNS on the kiosk: preferred 1.0.0.3, alternate 8.8.4.4 please"))
                .extracting(PiiMatch::type).containsExactly("IP_ADDRESS", "IP_ADDRESS");
        assertThat(detector.detect("The primary 1.0.0.3 lesson plan comes first")).isEmpty();
    }

    @Test
    void refusesTrailMarkersNearANetworkWord() {
        assertThat(detector.detect("The loop begins at waypoint 2.6.1.8 beside the route sign")).isEmpty();
        assertThat(detector.detect("the route to host 2.6.1.8 is down")).extracting(PiiMatch::type)
                .containsExactly("IP_ADDRESS");
    }

    @Test
    void readsSocSecAsAnSsnCueButNotSecAlone() {
        assertThat(detector.detect("her soc sec 318-47-2096 is on the old form"))
                .extracting(PiiMatch::type).containsExactly("SSN");
        assertThat(detector.detect("the soc sec no 318472096 is on the old form"))
                .extracting(PiiMatch::type).containsExactly("SSN");
        assertThat(detector.detect("hold the last sec 318-47-2096 of the clip")).isEmpty();
    }

    @Test
    void aPhoneWordBeforeACountryCodeNumberBeatsAnOrderWordBetween() {
        assertThat(detector.detect("our florist books telephone orders at +33 1 42 68 53 00 before noon"))
                .extracting(PiiMatch::type).containsExactly("PHONE");
        assertThat(detector.detect("the courier logged parcel +33 1 42 68 53 00 yesterday")).isEmpty();
    }

    @Test
    void twoIdentifierNounsBeforeANumberNameAThing() {
        assertThat(detector.detect("Specimen vial 0088-3120-45 went to the freezer at noon")).isEmpty();
        assertThat(detector.detect("Asset tag 0044-7781-20 is on the projector")).isEmpty();
        // a phone word among them still wins
        assertThat(detector.detect("Lab office phone 0044 20 7946 0321")).extracting(PiiMatch::type)
                .containsExactly("PHONE");
    }

    @Test
    void aHoldingVerbInANetworkSentenceMakesAnAddress() {
        assertThat(detector.detect("the kiosk beside shelf 7 has 169.254.91.4 and it never got a dhcp lease"))
                .extracting(PiiMatch::type).containsExactly("IP_ADDRESS");
        assertThat(detector.detect("chapter 3 has 1.4.2.7 as its last step")).isEmpty();
    }

    @Test
    void aReleaseVerbAndToBeforeADottedQuadNameAVersion() {
        assertThat(detector.detect("After updating to 10.3.1.5 the kiosk app stopped syncing")).isEmpty();
        assertThat(detector.detect("the tablets were rolled back to 10.6.2.1 after the crash")).isEmpty();
        // the verb must stand right before "to": a device set or updated to an address keeps its reading
        assertThat(detector.detect("we updated the printer to 10.3.1.5 so the office can reach it"))
                .extracting(PiiMatch::type).containsExactly("IP_ADDRESS");
        assertThat(detector.detect("set the gateway to 10.3.1.5 tonight")).extracting(PiiMatch::type)
                .containsExactly("IP_ADDRESS");
    }

    @ParameterizedTest(name = "phone in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            please call back the tailor's new apprentice at 3125550147 about the hem
            can you ring me back once the whole van is loaded, on 3125550147
            rep: and what callback number works best? member: sure, 312 555 0147
            patient gave callback 0161 496 0733 at check-in
            a recepção da clínica atende pelo 21987654321 de manhã
            """)
    void readsACallbackPhraseOrAnAnsweringVerbAsAPhoneCue(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly("PHONE");
    }

    @ParameterizedTest(name = "nothing in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            please call back about order 3125550147 today
            call me back; ticket 3125550147 is still open
            please see 3125550147 in the export
            the callback latency was 1250000 microseconds
            a nota 21987654321 foi emitida ontem
            """)
    void aCallbackPhraseDoesNotReachPastAnotherLabelOrSentence(String text) {
        assertThat(detector.detect(text.trim())).isEmpty();
    }

    @Test
    void aNumberOpeningWithAnEightDigitDateIsATimestampIdNotACard() {
        assertThat(detector.detect("support thread 20251119-083015-2206 was archived")).isEmpty();
        assertThat(detector.detect("log bundle 19991231 235959 4401 is attached")).isEmpty();
        assertThat(detector.detect("my card 2223 0031 2200 3222 was declined")).extracting(PiiMatch::type)
                .containsExactly("CREDIT_CARD");
    }

    @Test
    void readsAFiveFourSsnOnlyRightAfterAnSsnWord() {
        assertThat(detector.detect("my ssn is 51834 7702, sorry for the typo")).extracting(PiiMatch::type)
                .containsExactly("SSN");
        assertThat(detector.detect("write 51834 7702 on the back")).isEmpty();
        assertThat(detector.detect("the ssn and zip 51834 7702 were both on the form")).isEmpty();
    }

    @Test
    void readsAuthLogsAndPublicAddressTalkAsNetworkWords() {
        assertThat(detector.detect("sshd[811]: Failed password for guest (from 61.177.0.13) twice"))
                .extracting(PiiMatch::type).containsExactly("IP_ADDRESS");
        assertThat(detector.detect("whatismyip reports 81.2.0.160 for the flat")).extracting(PiiMatch::type)
                .containsExactly("IP_ADDRESS");
        // a bracketed "(from" alone says nothing: versions are upgraded from too
        assertThat(detector.detect("the app was upgraded to 2.1.0.3 (from 2.0.9.1) last night")).isEmpty();
    }

    @Test
    void aPageCountsAgainstAnAddressOnlyAsItsLabel() {
        assertThat(detector.detect("the modem's WAN page shows 100.80.4.17 as its address"))
                .extracting(PiiMatch::type).containsExactly("IP_ADDRESS");
        assertThat(detector.detect("see page 4.2.1.3 of the router manual")).isEmpty();
    }

    @Test
    void aPortOrJackNamedByADottedNumberIsACableRun() {
        assertThat(detector.detect("wall jack 2.14.3.6 feeds the front desk, 2.14.3.7 feeds the kitchen")).isEmpty();
        assertThat(detector.detect("port 1.3.2.1 on the patch panel goes to room 4")).isEmpty();
        assertThat(detector.detect("the firewall forwards port 22 to 10.0.5.20")).extracting(PiiMatch::type)
                .containsExactly("IP_ADDRESS");
    }

    @Test
    void aLibraryClassMarkIsNeitherAPhoneNorAnAddress() {
        assertThat(detector.detect("the atlas is filed under UDC 004.451.9 in the reading room")).isEmpty();
        assertThat(detector.detect("ring me on 0044 161 496 0755 tonight")).extracting(PiiMatch::type)
                .containsExactly("PHONE");
    }

    @ParameterizedTest(name = "nothing in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Registered charity number 1175533 appears on every receipt
            company no. 09123 456789 appears on the letter
            Exam candidate no. 318 22 6071 sits in hall B
            Microchip no. 985 000 123 456 781 belongs to the spaniel
            lease agreement LX 0033 4412 58 was signed on Friday
            """)
    void registerLabelsNameAnIdentifier(String text) {
        assertThat(detector.detect(text.trim())).isEmpty();
    }

    @ParameterizedTest(name = "phone in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            the company number is 0161 496 0212
            Registered office phone 0161 496 0555
            vet clinic number 0161 496 0777
            ring the bakery in Hof on 482 1937 for bread
            the policy team picks up at 0113 496 0201 on weekdays
            6175550142 is the number for the night porter
            98123-4567 é o meu celular do trabalho
            """)
    void readsWeakPhoneCuesAndKeepsPlaceLabels(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly("PHONE");
    }

    @ParameterizedTest(name = "nothing in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1250000 is the number of visitors this year
            4455667788 is the number on the invoice
            ring the office on the day parcel 482 1937 lands
            """)
    void aPhoneWordAfterOrACallVerbBeforeNeedsNoWordAgainst(String text) {
        assertThat(detector.detect(text.trim())).isEmpty();
    }

    @Test
    void readsAnSsnHeaderAcrossRowsPartedBySlashes() {
        assertThat(detector.detect("name,ssn,team / Ana,412558903,blue / Ben,512668907,red"))
                .extracting(PiiMatch::type).containsExactly("SSN", "SSN");
        assertThat(detector.detect("name,badge,team / Ana,412558903,blue / Ben,512668907,red")).isEmpty();
    }

    @Test
    void anExpiryASecurityCodeOrCardOnFileOutweighAnInvoiceWord() {
        assertThat(detector.detect("Settle the roofer's invoice with 4529 0731 6684 2055, exp 11/27, CVV below"))
                .extracting(PiiMatch::type).containsExactly("CREDIT_CARD");
        assertThat(detector.detect("The card on file for our ferry ticket: 3746 190257 38183"))
                .extracting(PiiMatch::type).containsExactly("CREDIT_CARD");
        // without the card's own terms the invoice word still names another number
        assertThat(detector.detect("Settle the roofer's invoice 4529 0731 6684 2055 by Friday")).isEmpty();
        assertThat(detector.detect("Our ferry ticket: 3746 190257 38183")).isEmpty();
    }

    @Test
    void theDigitGroupsOfAUpsTrackingNumberAreNotAPhone() {
        assertThat(detector.detect("the new lens comes by UPS 1Z 7F2 30A 02 9174 3386 on Monday")).isEmpty();
        assertThat(detector.detect("the new lens shop is on 020 9174 3386")).extracting(PiiMatch::type)
                .containsExactly("PHONE");
    }

    @Test
    void inCaseIsAnIdiomNotACaseNumber() {
        assertThat(detector.detect("Guest list sent; the host's contact number (617) 555-0123 in case anyone is lost"))
                .extracting(PiiMatch::type).containsExactly("PHONE");
        assertThat(detector.detect("files for case (617) 555-0123 were archived")).isEmpty();
    }

    @ParameterizedTest(name = "phone in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Telegram do Caio, o novo instrutor de surf: 21987654321
            the landlord gave me 3125550176 but it just rings out
            Factuur betaald via IBAN, mobiel 06 12 48 93 70 voor vragen
            Torneio de vôlei: falar com a Bia no 99812-3456
            """)
    void readsAPhoneWordInTheLabelPhraseOrAfterARunAndDutchAndPortugueseCues(String text) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly("PHONE");
    }

    @ParameterizedTest(name = "nothing in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pedido do Caio, o novo instrutor de surf: 21987654321
            I wrote 3125550176 on the order form, call me
            falar sobre o pedido 99812-3456 amanhã
            """)
    void aPhoneCueInTheLabelOrAfterDoesNotPassAWordAgainst(String text) {
        assertThat(detector.detect(text.trim())).isEmpty();
    }

    @Test
    void aHostLabelWinsOverAVersionAfterTheQuad() {
        assertThat(detector.detect("ntp server 10.40.2.9 version 4")).extracting(PiiMatch::type)
                .containsExactly("IP_ADDRESS");
        assertThat(detector.detect("firmware version 10.40.2.9 for the host")).isEmpty();
    }

    @Test
    void aCostCentreOrALeagueTableIsNotAnAddress() {
        assertThat(detector.detect("Put the team lunch on cost center 61.120.14.7")).isEmpty();
        assertThat(detector.detect("Final W-D-L-Pts row: Lions 10.3.5.33, Bears 9.5.4.31")).isEmpty();
        assertThat(detector.detect("the league's web server 10.3.5.33 is down")).extracting(PiiMatch::type)
                .containsExactly("IP_ADDRESS");
    }

    @Test
    void aSoftwareNameWithAReleaseWordBeforeTheQuadIsAVersion() {
        assertThat(detector.detect("the changelog for the new school timetable app 10.4.2.7 lists the new colours"))
                .isEmpty();
        assertThat(detector.detect("the timetable app 10.4.2.7 is on every tablet")).extracting(PiiMatch::type)
                .containsExactly("IP_ADDRESS"); // a software name alone says nothing
        assertThat(detector.detect("release notes: the app at 10.4.2.7 is down")).extracting(PiiMatch::type)
                .containsExactly("IP_ADDRESS"); // the quad does not follow the software name
    }

    @Test
    void aDeviceRightBeforeTheQuadIsANetworkCue() {
        assertThat(detector.detect("when the entry kiosk 10.20.0.4 freezes, ring Sam on 07700 900318"))
                .extracting(PiiMatch::type).containsExactly("IP_ADDRESS", "PHONE");
        assertThat(detector.detect("the kiosk 10.20.0.4 reboots at noon")).extracting(PiiMatch::type)
                .containsExactly("IP_ADDRESS");
        assertThat(detector.detect("kiosk firmware 10.20.0.4 ships next week")).isEmpty(); // the nearest word wins
        assertThat(detector.detect("we lost kiosk 1.2.0.4 in the move")).isEmpty(); // the shape still counts
    }

    @Test
    void aPaymentVerbRightBeforeTheNumberOutweighsAnOrderWord() {
        assertThat(detector.detect("Ticket order: I paid with 4111 1111 1111 1111"))
                .extracting(PiiMatch::type).containsExactly("CREDIT_CARD");
        assertThat(detector.detect("order declined, I used 5500 0000 0000 0004 yesterday"))
                .extracting(PiiMatch::type).containsExactly("CREDIT_CARD");
        assertThat(detector.detect("my order was declined, see order 5500 0000 0000 0004")).isEmpty();
        assertThat(detector.detect("I used ticket 5500 0000 0000 0004 for the order")).isEmpty();
    }

    @Test
    void aDiallingCueAfterASevenDigitLocalNumber() {
        assertThat(detector.detect("the pharmacy is 382 5519 when dialling from the village"))
                .extracting(PiiMatch::type).containsExactly("PHONE");
        assertThat(detector.detect("the pharmacy stocks 382 5519 boxes")).isEmpty();
        assertThat(detector.detect("order 382 5519 when dialling from the village")).isEmpty();
    }

    @Test
    void aGermanSwitchboardNumberEndsInDashZero() {
        assertThat(detector.detect("Zentrale: 089 45123-0")).extracting(PiiMatch::type).containsExactly("PHONE");
        assertThat(detector.detect("Sie erreichen die Zentrale unter 030 2218877-0")).extracting(PiiMatch::type)
                .containsExactly("PHONE");
        assertThat(detector.detect("the book 0-19-852663-0 is out of print")).isEmpty();
        assertThat(detector.detect("the shelf list reads 0 19 85266-0")).isEmpty();
        assertThat(detector.detect("Zentrale 482 1937")).extracting(PiiMatch::type).containsExactly("PHONE");
        assertThat(detector.detect("Zentrale, Auftrag 482 1937")).isEmpty(); // the nearest word wins
    }

    @Test
    void anEnquiryNounWithOnOrAtBeforeANationalNumber() {
        assertThat(detector.detect("school transport order enquiries on 022-26543210 in the morning"))
                .extracting(PiiMatch::type).containsExactly("PHONE");
        assertThat(detector.detect("queries on order 022-26543210 go to the shop")).isEmpty();
        assertThat(detector.detect("order queries 022-26543210 go to the shop")).isEmpty();
    }

    @Test
    void aQuadRightAfterALoneSlashIsASocketAddress() {
        assertThat(detector.detect("[Fetcher id=4] Disconnecting idle channel of /10.60.2.15 after timeout"))
                .extracting(PiiMatch::type).containsExactly("IP_ADDRESS");
        assertThat(detector.detect("[Fetcher id=4] archived to bucket/10.60.2.15 after timeout")).isEmpty();
        assertThat(Ipv4Evidence.socketSlash(" /")).isTrue();
        assertThat(Ipv4Evidence.socketSlash("=/")).isTrue();
        assertThat(Ipv4Evidence.socketSlash("ns/")).isFalse();
        assertThat(Ipv4Evidence.socketSlash(" 3/")).isFalse();
    }

    @Test
    void oneDigitRepeatedIsNotAPhone() {
        assertThat(detector.detect("cache key=4 digest=0000000000:1 mode=lru")).isEmpty();
        assertThat(detector.detect("ring the office on 0161 496 0000")).extracting(PiiMatch::type)
                .containsExactly("PHONE");
    }

    @Test
    void queueCountersAreNotPhones() {
        assertThat(detector.detect("the queue backlog is 2750431 messages deep")).isEmpty();
        assertThat(detector.detect("2 messages stuck, consumer lag 5102847 on topic billing")).isEmpty();
        assertThat(detector.detect("replica fell behind, offset 88410273 on topic payments")).isEmpty();
        assertThat(detector.detect("text 07700 900461 messages only")).extracting(PiiMatch::type)
                .containsExactly("PHONE"); // a grouped national number keeps its reading
    }

    @Test
    void fifteenLuhnDigitsWithImeiAreADeviceId() {
        assertThat(detector.detect("IMEI of my old phone: 490154203237518")).isEmpty();
        assertThat(detector.detect("the phone with IMEI 490154203237518 is lost, call me on 020 7946 0958"))
                .extracting(PiiMatch::type).containsExactly("PHONE");
    }

    @Test
    void anIndianMobileGroupedFourThreeThree() {
        assertThat(detector.detect("Our driver Prakash 9811 402 376 comes at seven")).extracting(PiiMatch::type)
                .containsExactly("PHONE");
        assertThat(detector.detect("Batch 9811 402 376 shipped")).isEmpty();
        assertThat(detector.detect("Our driver Prakash 5811 402 376 comes at seven")).isEmpty();
    }

    @Test
    void aBrazilianMobileRunTogetherAfterAColon() {
        assertThat(detector.detect("professora de piano da Júlia: 21987452216")).extracting(PiiMatch::type)
                .containsExactly("PHONE");
        assertThat(detector.detect("professora de piano da Júlia: 21987452240")).isEmpty(); // a valid CPF
        assertThat(detector.detect("a professora 21987452216 chega")).isEmpty(); // no colon
        assertThat(PhoneShapes.cpfValid("21987452240")).isTrue();
        assertThat(PhoneShapes.cpfValid("21987452216")).isFalse();
    }

    @Test
    void aTeamRightBeforeAnInternationalNumber() {
        assertThat(detector.detect("the Gdańsk orders team: +48 58 301 22 17")).extracting(PiiMatch::type)
                .containsExactly("PHONE");
        assertThat(detector.detect("the Gdańsk orders: +48 58 301 22 17")).isEmpty();
    }

    @Test
    void aPersonsNumberRightBeforeANationalShape() {
        assertThat(detector.detect("My case worker's direct number, (646)555-0183, is on the letterhead"))
                .extracting(PiiMatch::type).containsExactly("PHONE");
        assertThat(detector.detect("My case worker's direct number 646 555 0183 is on the letter"))
                .extracting(PiiMatch::type).containsExactly("PHONE");
        assertThat(detector.detect("My case file's number, 646 555 0183, is on the letter")).isEmpty();
    }

    @Test
    void autopayFromBeforeACardOutweighsAnInvoiceWord() {
        assertThat(detector.detect("school lunch invoice, autopay from 3782 822463 10005 every term"))
                .extracting(PiiMatch::type).containsExactly("CREDIT_CARD");
        assertThat(detector.detect("invoice 3782 822463 10005 from autopay")).isEmpty();
    }

    @Test
    void matchesCarryTheirSpanAndNullFails() {
        String t = "write to bob@example.org";
        PiiMatch m = detector.detect(t).get(0);
        assertThat(t.substring(m.start(), m.end())).isEqualTo("bob@example.org");
        assertThat(detector.containsPii("nothing personal here")).isFalse();
        assertThatThrownBy(() -> detector.detect(null)).isInstanceOf(NullPointerException.class);
    }
}
