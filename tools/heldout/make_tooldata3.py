#!/usr/bin/env python3
"""Writes a second tool catalogue and a third frozen request set for tool selection (issue 17, point 2):

- router-eval/src/test/resources/quality/tools-catalogue2.jsonl: NEW tools, one a line in the OpenAI tool shape
  {"type": "function", "function": {"name", "description", "parameters"}}, with a description on every parameter;
- router-eval/src/test/resources/quality/tool-requests-test3.jsonl: 320 requests, all `"split": "test"`, each naming
  the catalogue its `needed` and `offered` tools come from (`"catalogue"`: tools-catalogue2.jsonl for 220 of them,
  tools-catalogue.jsonl for 100).

Written by a helper who had not seen the tool selector (its code and its docs), in our own words: no tool and no
request is taken or closely paraphrased from the other quality sets, /work/shared/anchor-data or any public tool
list, dataset or website. The set is run once by the lead and never tuned on.

Tool DSL: one tool a line, `name | description | params`; params are separated by " ; ", each
`name:type[=a|b|c][!] description`, with type str, int, num, bool, arr (array of strings) or obj, `=...` for an
enum and `!` for required. Tool names keep to [a-zA-Z0-9_-]{1,64}, the rule of the OpenAI and Anthropic APIs and of
the gateway, so the "dotted" naming style is written with underscores or dashes (calendar_events_insert).

Request lines: `catalogue | kind | needed tool[, more] | request`, catalogue N (new) or O (old). A kind ending in
`*` marks an English request written with typos on purpose; `non_english/xx` gives the language code. Rows are
ordered by the SHA-1 of their text; the setup of each row (whole catalogue, 3 to 6 whole domains, or one or two
domains cut down) comes from a seeded shuffle per catalogue, and `offered` from a generator seeded by the text."""
import hashlib
import random

import heldout_common
import make_tooldata as base

CATALOGUE = "tools-catalogue2.jsonl"
OUTPUT = "tool-requests-test3.jsonl"
OLD = base.CATALOGUE
SETUPS = (("catalogue", 0.30), ("mix", 0.40), ("small", 0.30))
COUNTS = {"direct": 110, "indirect": 60, "confusable": 45, "multi_tool": 40, "long": 25, "non_english": 40}
PER_CATALOGUE = {CATALOGUE: 220, OLD: 100}
# Domains the old catalogue has too (written afresh here); every other domain below is new.
OLD_STYLE_DOMAINS = {"calendar", "mail", "code_hosting", "shop", "team_chat", "smart_home"}

DOMAINS = {}

DOMAINS["clinic_scheduling"] = """
clinic_find_open_slots | Open appointment slots for a clinician or a specialty between two dates. Slots are not held: book one straight away, because front-desk staff book from the same pool. | specialty:str Specialty such as dermatology or physiotherapy ; provider_id:str Restrict to one clinician ; from_date:str! First day to search, YYYY-MM-DD ; to_date:str! Last day to search, inclusive ; location_id:str Clinic site; all sites when left out
bookAppointment | Books a patient into an open slot. Fails with SLOT_TAKEN when somebody else got there first; search again and offer the patient the next slot rather than retrying the same one. New patients need a chart first (see patient_lookup; ask the front desk to register them if there is none). Video visits get a join link by e-mail an hour before the start. | patient_id:str! Chart number of the patient ; slot_id:str! Slot from clinic_find_open_slots ; reason:str Reason for the visit, free text ; visit_type:str=in_person|video How the visit takes place
rescheduleAppointment | Move a booked appointment to another open slot. The old slot is released only once the new one is confirmed, so the patient never ends up with nothing. | appointment_id:str! Appointment to move ; new_slot_id:str! Slot to move it to
cancelAppointment | Cancels an appointment. Less than 24 h before the start, the clinic's late-cancellation fee may apply. | appointment_id:str! Appointment to cancel ; reason:str Why, for the clinic's records
list_patient_appointments | A patient's appointments. | patient_id:str! Chart number ; include_past:bool Also return past visits
patient_lookup | Find a patient's chart number by name and date of birth, or by phone number. May return several matches; confirm the date of birth before acting on one. | name:str Full or partial name ; date_of_birth:str YYYY-MM-DD ; phone:str Phone number in any format
send_appointment_reminder | Send the patient a reminder of an upcoming appointment with the address and any preparation instructions (fasting, bring scans). | appointment_id:str! Appointment to remind about ; channel:str=sms|email How to send it
waitlist_add | Put a patient on a clinician's waitlist; they are told automatically when an earlier slot frees up. | patient_id:str! Chart number ; provider_id:str! Clinician ; earliest:str Earliest acceptable date ; latest:str Latest acceptable date
request_prescription_refill | Ask the prescriber to renew a repeat medication and send it to a pharmacy. Controlled substances cannot be renewed this way and need a visit. | patient_id:str! Chart number ; medication:str! Name and strength of the medicine ; pharmacy_id:str Pharmacy to send it to; the patient's usual one when left out
checkInPatient | Marks the patient as arrived for today's appointment and places them in the clinician's queue. | appointment_id:str! Today's appointment ; insurance_verified:bool Whether the front desk checked the insurance card
"""

DOMAINS["fleet_logistics"] = """
fleet_vehicle_location | Latest GPS fix of one vehicle: position, speed, heading and the time of the fix. | vehicle_id:str! Fleet number or plate
list_fleet_vehicles | Lists vehicles with their current status. | depot:str Only vehicles based at this depot ; status:str=available|on_route|maintenance Only vehicles in this state
dispatch_route | Assign an ordered list of stops to a driver and a vehicle and push it to the driver's handset. The driver must acknowledge before the route counts as started. | driver_id:str! Driver ; vehicle_id:str! Vehicle ; stops:arr! Stop ids or addresses, in driving order ; start_time:str When the route should start
optimize_delivery_route | Reorders a set of stops for the least driving time while keeping each delivery window. Only computes an order; nothing is sent to a driver. | stops:arr! Stop ids or addresses ; depot:str! Start and end point ; vehicle_capacity_kg:num Payload limit, to split the stops over several trips
get_shipment_eta | ETA of a shipment in transit, recomputed from live traffic. | shipment_id:str! Waybill number
create_shipment | Books a new consignment for pickup and returns its waybill number. | pickup_address:str! Where to collect ; delivery_address:str! Where to deliver ; weight_kg:num! Gross weight ; pallets:int Number of pallets ; ready_at:str Earliest pickup time
record_proof_of_delivery | Marks a shipment delivered, with the recipient's name and a photo or signature. | shipment_id:str! Waybill number ; signed_by:str Name of the person who took it ; photo_url:str Photo of the goods at the door
schedule_vehicle_maintenance | Book a vehicle in for service. It cannot be dispatched while booked in. | vehicle_id:str! Vehicle ; service_type:str! Oil change, tyres, brake check, annual inspection... ; date:str! Day of the service
driver_hours_status | Driving and rest time a driver has used today and this week, against the legal limits, and how long they may still drive. | driver_id:str! Driver
fuel_card_transactions | Fuel card purchases in a date range, per vehicle or per driver. | vehicle_id:str Vehicle ; driver_id:str Driver ; from_date:str! First day ; to_date:str! Last day
"""

DOMAINS["legal_documents"] = """
contract_draft_from_template | Starts a new contract from one of the approved templates and fills in the parties. The draft is editable and unsigned. | template:str=nda|msa|sow|employment! Template to use ; counterparty:str! Legal name of the other party ; governing_law:str Jurisdiction, e.g. England and Wales ; effective_date:str Start date of the agreement
contract_search | Full-text search over contracts. | query:str! Words to look for ; status:str=draft|in_review|signed|expired Only contracts in this state ; counterparty:str Only contracts with this party
get_contract_clause | Returns the text of one clause of a contract, looked up by number or heading (e.g. "12.3" or "Limitation of liability"). | contract_id:str! Contract ; clause:str! Clause number or heading
compare_contract_versions | Redline of two versions of the same contract, clause by clause: inserted, deleted and moved text. | contract_id:str! Contract ; from_version:int! Older version ; to_version:int! Newer version
list_contract_renewals | Contracts whose term ends or renews automatically within the next N days, with the last day to give notice. | within_days:int! Look-ahead in days
legalHoldCreate | Puts custodians under a litigation hold: their mail, chat and files can no longer be deleted or expire until the hold is released. Each custodian is notified and must acknowledge within five business days; reminders go out automatically and legal sees who has not answered. Holds are tied to a matter, so open the matter first. Former employees can be held too: their archived mailbox is preserved. | matter_id:str! Legal matter ; custodians:arr! E-mail addresses of the people concerned ; note:str Instructions shown to the custodians
release_legal_hold | Lifts a litigation hold; normal retention resumes. | hold_id:str! Hold to release
route_for_legal_review | Sends a document to the legal team's review queue. | document_id:str! Document ; urgency:str=low|normal|urgent How soon it is needed ; question:str What legal should look at
conflict_check | Checks a prospective client or opposing party against existing matters and clients for conflicts of interest. Run it before opening a matter. | party_name:str! Name of the party ; related_parties:arr Parents, subsidiaries, officers
"""

DOMAINS["learning_management"] = """
lms_enroll_student | Adds a learner to a course section. | course_id:str! Course section ; student_id:str! Learner ; role:str=student|auditor Auditors can see everything but are not graded
lms_drop_student | Removes a learner from a course. Their grades are kept for the record. | course_id:str! Course section ; student_id:str! Learner
create_assignment | Publishes an assignment to a course with a due date and a maximum score. | course_id:str! Course ; title:str! Title ; due_at:str! Deadline, ISO 8601 ; points:num Maximum score ; instructions:str Text shown to students
extend_assignment_deadline | Gives more time on an assignment, to one student or to the whole class. | assignment_id:str! Assignment ; new_due_at:str! New deadline ; student_id:str The student to extend for; everyone when left out
gradebook_get | Gradebook of a course, or one student's grades in it. | course_id:str! Course ; student_id:str Only this student
submit_grade | Enters or changes the score of a student's submission, with optional written feedback the student sees. | assignment_id:str! Assignment ; student_id:str! Student ; score:num! Points awarded ; feedback:str Comments for the student
list_submissions | Submissions to an assignment, filterable by on time, late or missing. | assignment_id:str! Assignment ; status:str=on_time|late|missing Filter
post_course_announcement | Posts an announcement to a course; it is also e-mailed to everyone enrolled. | course_id:str! Course ; title:str! Heading ; body:str! Text
quiz_create | Create a timed quiz from a list of questions. Questions are shown in random order unless shuffle is false. | course_id:str! Course ; title:str! Title ; questions:arr! Question texts ; time_limit_minutes:int Time limit ; shuffle:bool Randomise question order
plagiarism_report | Similarity report of a submission against other submissions and the web. Long texts take a few minutes; a high score is a prompt to read, not proof of copying. | submission_id:str! Submission
"""

DOMAINS["real_estate"] = """
listing_search | Homes for sale or to rent that match the filters. | city:str! City or neighbourhood ; mode:str=buy|rent! Sale or rental listings ; max_price:num Upper price (monthly rent when renting) ; min_bedrooms:int At least this many bedrooms ; property_type:str=house|apartment|land Kind of property
getListingDetails | Everything about one listing: photos, floor plan, service charges, tax and sale history. | listing_id:str! Listing
schedule_property_viewing | Books a viewing with the listing agent. | listing_id:str! Listing ; when:str! Requested date and time ; attendees:int Number of people coming
submit_purchase_offer | Sends an offer on a property to the seller's agent. Offers are binding once accepted, subject to the listed contingencies. | listing_id:str! Listing ; amount:num! Offered price ; contingencies:arr Conditions such as survey, financing, sale of current home ; expires_at:str When the offer lapses
estimate_home_value | Automated estimate of a home's value from recent nearby sales. Rough figure, not a formal valuation. | address:str! Address of the home
mortgage_payment_calculator | Monthly repayment of a loan for a rate and term; adds property tax and insurance if given. | principal:num! Loan amount ; annual_rate_pct:num! Interest rate in percent a year ; years:int! Term ; yearly_tax:num Property tax per year ; yearly_insurance:num Home insurance per year
create_rental_listing | Publish a unit as available to rent. | address:str! Address including unit number ; monthly_rent:num! Rent per month ; available_from:str! Move-in date ; bedrooms:int Bedrooms ; pets_allowed:bool Whether pets are accepted
tenant_maintenance_request | A tenant reports a problem in their unit (leak, heating, broken appliance); it goes to the property manager. Emergencies also page the on-call contractor. | unit_id:str! Unit ; issue:str! What is wrong ; urgency:str=routine|urgent|emergency How bad it is ; permission_to_enter:bool Whether a contractor may enter when nobody is home
collect_rent_payment | Records or charges a tenant's rent for a month. | lease_id:str! Lease ; month:str! Month, YYYY-MM ; amount:num! Amount paid or to charge
"""

DOMAINS["retail_banking"] = """
bank_list_accounts | The signed-in customer's current, savings and credit card accounts with their balances. |
bank_account_transactions | Booked and pending transactions of one account. | account_id:str! Account ; from_date:str First day ; to_date:str Last day ; search:str Text matched against merchant and reference
transfer_between_accounts | Moves money between two of the customer's own accounts, instantly and free. | from_account:str! Source account ; to_account:str! Destination account ; amount:num! Amount
send_wire_transfer | Wires money to someone else's bank account at home or abroad. Cut-off 16:00 local time: wires submitted later leave on the next business day. Fees depend on the currency and are shown before confirmation. A wire cannot be recalled once sent, so read the beneficiary name and IBAN back to the customer first. For the customer's own accounts use transfer_between_accounts, which is free. Amounts above the daily limit need a one-time code from the customer's app. | from_account:str! Account to debit ; beneficiary_iban:str! IBAN or account number of the recipient ; beneficiary_name:str! Name on the recipient account ; amount:num! Amount ; currency:str! ISO currency code ; reference:str Payment reference the recipient sees
freezeCard | Temporarily blocks a card, e.g. when it is misplaced. Undo with unfreezeCard. | card_id:str! Card
unfreezeCard | Unblocks a card frozen with freezeCard. | card_id:str! Card
report_card_stolen | Cancels a lost or stolen card for good and orders a replacement with a new number. Cannot be undone. | card_id:str! Card ; ship_to:str Address for the new card; home address when left out
set_up_standing_order | Sets up a recurring payment of a fixed amount to the same payee. | from_account:str! Account to pay from ; payee:str! Payee name and account ; amount:num! Amount each time ; frequency:str=weekly|monthly|quarterly! How often ; first_date:str! Date of the first payment
dispute_card_charge | Opens a dispute on a card transaction. | transaction_id:str! Transaction ; reason:str=not_recognised|duplicate|not_received|wrong_amount! Why it is disputed ; details:str What happened
download_bank_statement | Monthly statement of an account as PDF. | account_id:str! Account ; month:str! Month, YYYY-MM
"""

DOMAINS["incident_response"] = """
incident_declare | Declares an incident: opens the incident record and a war-room channel, and pages the on-call responder of the affected service. | title:str! Short summary of the problem ; severity:str=sev1|sev2|sev3|sev4! Impact level, sev1 the worst ; service:str! Affected service
incident_update_status | Moves an incident to a new state and posts the update to its timeline and war room. | incident_id:str! Incident ; state:str=investigating|identified|monitoring|resolved! New state ; message:str What changed
who_is_on_call | Who is on call for a service now (or at a given time) and who is next. | service:str! Service or schedule name ; at:str Point in time; now when left out
page_responder | Pages a person or an escalation policy and attaches them to an incident. | incident_id:str! Incident ; target:str! User or escalation policy ; message:str Text of the page
acknowledge_alert | Acknowledge a firing alert; stops its escalation. Does not resolve it. | alert_id:str! Alert
silence_alerts | Mutes alerts matching a label selector for a time, e.g. during planned maintenance. Silenced alerts are still recorded, just not sent. | matcher:str! Label selector such as service=checkout ; duration_minutes:int! How long ; comment:str Reason, shown to other responders
override_on_call_shift | Puts someone else on call for part of a shift, e.g. to cover for a colleague. | schedule:str! On-call schedule ; user:str! Person who covers ; start:str! Start of the cover ; end:str! End of the cover
create_postmortem | Starts a postmortem document pre-filled with the incident's timeline, alerts and responders. | incident_id:str! Incident ; owner:str Person who writes it up
status_page_post | Publishes a notice on the public status page. Customers who subscribed are e-mailed. | component:str! Component such as API or Dashboard ; status:str=operational|degraded|partial_outage|major_outage! Component state ; message:str! Text customers see
list_open_incidents | Unresolved incidents, highest severity first. | service:str Only incidents of this service
"""

DOMAINS["video_editing"] = """
video_trim_clip | Cuts a clip down to the part between an in point and an out point. | asset_id:str! Clip ; start_sec:num! In point in seconds ; end_sec:num! Out point in seconds
video_concat | Joins clips one after another into a new asset, optionally with a crossfade between them. | asset_ids:arr! Clips in order ; crossfade_ms:int Crossfade length in milliseconds
add_subtitles | Adds subtitles to a video from an SRT file or from an automatic transcript, either burned into the picture or as a selectable track. | asset_id:str! Video ; srt_url:str Subtitle file to use ; auto_transcribe:bool Generate the subtitles from speech ; burn_in:bool Render them into the picture
transcribe_audio_track | Speech-to-text of a video or audio asset, with timestamps per sentence. | asset_id:str! Asset ; language:str Spoken language; detected when left out
render_export | Renders a project's timeline to a file. Renders longer than a minute run as a job: the call returns a job id straight away, and get_render_job reports progress and, once done, the download link. 4k needs the project's media online (not proxies) and takes roughly four times the running length. Subtitles marked as burn-in and the applied LUTs are part of the render. | project_id:str! Editing project ; format:str=mp4|mov|webm! Container ; resolution:str=720p|1080p|4k Output size
get_render_job | Progress, errors and download URL of a render job. | job_id:str! Render job
replace_audio_track | Replaces the sound of a clip with another audio asset, optionally lowering the music under speech. | asset_id:str! Video clip ; audio_asset_id:str! New audio ; duck_dialogue:bool Lower the music when someone speaks
generate_thumbnail | Takes one frame of a video as a still image. | asset_id:str! Video ; at_sec:num! Time of the frame in seconds
color_grade_apply_lut | Applies a colour look-up table (LUT) preset to a clip. | asset_id:str! Clip ; lut:str! Preset name, e.g. teal-orange or bw-contrast
"""

DOMAINS["travel_loyalty"] = """
loyalty_points_balance | Points or miles balance and tier of a frequent-flyer or hotel programme member. | program:str! Programme name ; member_number:str! Membership number
redeem_award_flight | Book a flight paid with miles. Taxes and carrier surcharges are still charged to the card on file. | member_number:str! Membership number ; from_airport:str! IATA code ; to_airport:str! IATA code ; date:str! Travel date ; cabin:str=economy|premium|business|first Cabin
claim_missing_miles | Claims points for a past flight or stay that was not credited. Needs the ticket number or hotel folio; only within 6 months of travel. | member_number:str! Membership number ; ticket_or_folio:str! Ticket number or folio number ; travel_date:str! Date of the flight or stay
transfer_points_to_partner | Converts points into a partner programme at that partner's ratio. Irreversible. | member_number:str! Membership number ; partner:str! Partner programme ; points:int! Points to convert
tier_status_progress | Qualifying nights, flights or points so far this year and what is still missing for the next tier. | program:str! Programme ; member_number:str! Membership number
request_upgrade_with_points | Uses points or an upgrade certificate to ask for a better cabin or room on an existing booking; waitlisted when none is free. | booking_ref:str! Booking reference ; member_number:str! Membership number
link_loyalty_account | Adds a membership number to an existing booking so the trip earns points. | booking_ref:str! Booking reference ; member_number:str! Membership number
points_expiry_schedule | When a member's points expire, batch by batch. | member_number:str! Membership number
"""

DOMAINS["agriculture"] = """
field_soil_moisture | Soil moisture from the probes in a field, by depth. | field_id:str! Field ; depth_cm:int Only this depth
irrigation_schedule_set | Plans an irrigation run for a field: start, duration and which valves. | field_id:str! Field ; start:str! Start time ; duration_minutes:int! Run time ; zones:arr Valve zones; all when left out
log_crop_spray | Records a pesticide or fertiliser application for the spray diary. The re-entry and pre-harvest intervals are computed from the product. | field_id:str! Field ; product:str! Product name ; rate_per_ha:num! Rate per hectare ; applied_at:str! When it was applied
crop_yield_forecast | Model estimate of the yield of a field's current crop, in tonnes per hectare, with a range. | field_id:str! Field
livestock_record_treatment | Records a veterinary treatment or vaccination for an animal; the milk and meat withdrawal period is tracked. | tag_id:str! Ear tag number ; treatment:str! Medicine or vaccine ; dose:str Dose given
herd_list | Animals of a herd with tag, breed, age and last weight. | herd_id:str! Herd
grain_bin_level | Fill level and temperature cables of a grain bin. | bin_id:str! Bin
commodity_price_quote | Today's cash bid for a grain at a local elevator. | commodity:str=corn|wheat|soybeans|barley! Grain ; elevator:str Elevator; the nearest when left out
plan_planting | Creates a planting plan for a field. | field_id:str! Field ; crop:str! Crop ; variety:str Seed variety ; seeds_per_ha:int Seeding rate ; planned_date:str Planned sowing date
"""

DOMAINS["game_backend"] = """
player_profile_get | A player's account: level, inventory summary, bans, linked platforms. | player_id:str! Player id or gamertag
grant_item | Adds items or soft currency to a player's inventory, e.g. as compensation after an outage or a lost purchase. Every grant is logged with the operator's name and shows up in the weekly economy report. Grants above 1,000 soft currency or of limited-edition items need a second operator's approval and stay pending until then. The player gets an in-game mail about it. | player_id:str! Player ; item_sku:str! Item or currency SKU ; quantity:int! How many
revoke_item | Removes items from a player's inventory (duplicated items, refund abuse). | player_id:str! Player ; item_sku:str! Item SKU ; quantity:int! How many
ban_player | Bans a player for some hours or for good. | player_id:str! Player ; reason:str! Reason shown to the player ; duration_hours:int Length; permanent when left out
leaderboard_top | Top entries of a leaderboard. | leaderboard:str! Leaderboard ; limit:int How many entries ; season:str Season; current when left out
reset_leaderboard | Wipes a leaderboard, usually at season end. The old standings are archived first. | leaderboard:str! Leaderboard
matchmaking_queue_stats | Players waiting and median wait time per matchmaking queue and region. | queue:str Queue ; region:str Region
push_live_event | Schedules a live-ops event such as a double-XP weekend or a store sale. | name:str! Event name ; starts_at:str! Start ; ends_at:str! End ; config:obj Event settings
scale_game_servers | Sets how many dedicated game servers run in a region. | region:str! Region ; count:int! Number of servers
"""

DOMAINS["lab_data"] = """
register_sample | Logs a new sample in the LIMS and returns its barcode. | sample_type:str! Blood, tissue, soil, water... ; source:str Patient, site or batch it came from ; storage_location:str Freezer and rack ; collected_at:str Collection time
sample_lookup | Find a sample by barcode, or list samples of a project and type. | barcode:str Barcode ; project:str Project code ; sample_type:str Sample type
record_assay_result | Stores one measurement of a sample. | barcode:str! Sample ; assay:str! Assay name ; value:num! Measured value ; unit:str! Unit ; instrument_id:str Instrument used
get_assay_results | Results of a sample, or of a whole plate or batch. | barcode:str Sample ; batch_id:str Plate or batch ; assay:str Only this assay
book_instrument | Reserves a shared instrument (sequencer, mass spectrometer, confocal microscope) for a time block. | instrument_id:str! Instrument ; start:str! Start ; end:str! End
freezer_inventory | Contents of a freezer rack by rack, with the free positions. | freezer_id:str! Freezer
chain_of_custody_transfer | Hands a sample over to another person or lab and records who, when and why. | barcode:str! Sample ; to_person:str! Receiver ; reason:str Purpose of the transfer
reagent_reorder | Orders more of a reagent or consumable. Orders above the lab's spending limit wait for procurement approval. | catalog_number:str! Vendor catalogue number ; quantity:int! Units ; vendor:str Supplier
instrument_calibration_status | Last calibration, next due date and recent QC failures of an instrument. | instrument_id:str! Instrument
"""

DOMAINS["calendar"] = """
calendar_events_insert | Adds an event to a calendar. | calendar_id:str! Calendar; "primary" for the user's own ; summary:str! Title ; start:str! Start, RFC 3339 ; end:str! End, RFC 3339 ; guests:arr Guest e-mail addresses ; conference:bool Attach a video meeting link
calendar_events_patch | Partial update of an event: only the fields you send change. | calendar_id:str! Calendar ; event_id:str! Event ; summary:str New title ; start:str New start ; end:str New end
calendar_events_delete | Deletes an event. | calendar_id:str! Calendar ; event_id:str! Event ; send_updates:bool Tell the guests
calendar_events_list | Events of a calendar in a time window, ordered by start time. Paginated: pass page_token from the previous response to get more. Recurring events are expanded into single occurrences. Events the user declined are left out; private events on other people's calendars show only as busy, without a title. | calendar_id:str! Calendar ; time_min:str! Window start ; time_max:str! Window end ; page_token:str Next page
calendar_freebusy_query | Busy intervals of a set of calendars, without event details. | calendars:arr! Calendar ids or e-mail addresses ; time_min:str! Window start ; time_max:str! Window end
meetingRoomsAvailable | Meeting rooms that are free for a time window, with capacity and equipment. | building:str Building ; start:str! Start ; end:str! End ; min_capacity:int At least this many seats
propose_new_meeting_time | As a guest, suggests a different time to the organiser instead of simply declining. | event_id:str! Event ; proposed_start:str! Suggested start ; proposed_end:str! Suggested end ; comment:str Note to the organiser
set_working_hours | Sets your working hours and work location for one weekday; schedulers use them. | weekday:str=mon|tue|wed|thu|fri|sat|sun! Day ; start:str! Start, HH:MM ; end:str! End, HH:MM ; location:str=office|home Where you work that day
out_of_office_calendar | Adds an out-of-office block; new invitations in that period are declined automatically with your message. | start:str! Start ; end:str! End ; decline_message:str Message sent with each decline
"""

DOMAINS["mail"] = """
mail_send_message | Sends an e-mail. The body may be HTML. Attachments over 25 MB are sent as download links. | to:arr! Recipients ; subject:str! Subject ; body:str! Body ; cc:arr Copy recipients ; attachments:arr File ids to attach
mail_schedule_send | Queues an e-mail to go out later. | to:arr! Recipients ; subject:str! Subject ; body:str! Body ; send_at:str! Send time
mail_search_threads | Searches conversations. Supports operators: from:, to:, has:attachment, before:, after:, label:. | q:str! Query ; max_results:int Limit
mail_get_thread | Every message of a conversation, oldest first. | thread_id:str! Conversation
mail_move_to_folder | Moves a message into a folder, creating the folder if it does not exist. | message_id:str! Message ; folder:str! Folder name
mail_block_sender | Sends all future mail from an address straight to spam. | address:str! Sender address
mail_recall_message | Undo send: stops a message sent in the last 30 seconds. After that window it has left and cannot be recalled. | message_id:str! Message
mail_snooze | Hides a message until a time, then puts it back at the top of the inbox, unread. | message_id:str! Message ; until:str! When it comes back
"""

DOMAINS["code_hosting"] = """
vcs_pr_open | Opens a pull request from a head branch into a base branch. | repo:str! owner/name ; head:str! Branch with the changes ; base:str! Branch to merge into ; title:str! Title ; body:str Description ; draft:bool Open as draft
vcs_pr_request_reviewers | Requests reviews on a pull request from people or teams. | repo:str! owner/name ; number:int! PR number ; reviewers:arr! Users or team slugs
vcs_pr_comment | Comments on a pull request, either on the conversation or on one line of a changed file. | repo:str! owner/name ; number:int! PR number ; body:str! Comment ; path:str File, for a line comment ; line:int Line, for a line comment
vcs_pr_list_checks | CI check runs on the head commit of a pull request, with their conclusions. | repo:str! owner/name ; number:int! PR number
vcs_branch_protect | Sets protection rules on a branch: required approvals, required status checks, no force pushes. | repo:str! owner/name ; branch:str! Branch ; required_reviews:int Approvals needed ; required_checks:arr Checks that must pass
vcs_tag_create | Creates an annotated tag at a commit. | repo:str! owner/name ; tag:str! Tag name ; sha:str! Commit ; message:str Tag message
vcs_blame | For each line of a file, the commit and author that last changed it. | repo:str! owner/name ; path:str! File ; ref:str Branch or commit
vcs_compare_refs | Commits and changed files between two branches, tags or commits. | repo:str! owner/name ; base:str! Older ref ; head:str! Newer ref
vcs_issue_label | Adds or removes labels on an issue or PR. | repo:str! owner/name ; number:int! Issue number ; add:arr Labels to add ; remove:arr Labels to remove
vcs_code_search | Searches code across repositories. Regular expressions allowed between slashes. | query:str! Search text ; repo:str Only this repository ; language:str Only this language
"""

DOMAINS["shop"] = """
catalogSearch | Searches the store's catalogue by keyword, with facets. | q:str! Keywords ; category:str Category ; max_price:num Upper price ; in_stock_only:bool Hide sold-out items
cart_add_line | Puts a product variant into the shopper's cart. | variant_id:str! Size/colour variant ; qty:int! Quantity
cart_apply_coupon | Applies a promo code to the cart. Errors when the code has expired or does not cover the items. | code:str! Promo code
checkout_submit | Places the order for the cart, paying with the saved card and shipping to the saved address. | cart_id:str! Cart ; shipping_option:str=standard|express|pickup Delivery option
order_lookup | Status and contents of an order. | order_number:str! Order number
initiate_return | Starts a return for some items of an order and issues a prepaid label. The refund follows once the warehouse has received the parcel. | order_number:str! Order ; items:arr! Line items to send back ; reason:str Why
back_in_stock_alert | E-mails the shopper when a sold-out variant is back in stock. | variant_id:str! Variant ; email:str! Address to notify
wishlist_add | Saves a product to the shopper's wishlist. | product_id:str! Product
gift_card_balance | Remaining value of a gift card. | card_number:str! Card number ; pin:str! PIN from the back of the card
"""

DOMAINS["team_chat"] = """
chat_post | Posts a message to a channel, or into a thread when thread_ts is given. Markdown allowed. | channel:str! Channel ; text:str! Message ; thread_ts:str Thread to reply in
chat_dm | Sends a private message to one person. | user:str! Recipient ; text:str! Message
chat_update_message | Edits a message you posted earlier. | channel:str! Channel ; ts:str! Timestamp id of the message ; text:str! New text
chat_delete_message | Deletes a message you posted. | channel:str! Channel ; ts:str! Timestamp id of the message
channels_create | Creates a channel. | name:str! Name, lowercase, no spaces ; private:bool Invite-only ; topic:str Topic line
channels_set_topic | Changes the topic line of a channel. | channel:str! Channel ; topic:str! New topic
chat_search_messages | Searches messages in the channels you belong to. | query:str! Text ; channel:str Only this channel ; from_user:str Only messages by this person
usergroups_update_members | Replaces the members of a user group such as @oncall-db, so that mentioning it notifies the new people. | group:str! Group handle ; users:arr! The full new member list
"""

DOMAINS["smart_home"] = """
lights_set | Switches the lights of a room on or off, dims them or changes their colour. | room:str! Room ; on:bool On or off ; brightness_pct:int Brightness 0 to 100 ; color:str Colour name or hex
climate_set_target | Sets the target temperature of a heating or cooling zone, until a time or indefinitely. | zone:str! Zone ; celsius:num! Target in degrees Celsius ; until:str Hold until; permanent when left out
blinds_position | Moves motorised blinds to a percentage open. | room:str! Room ; open_pct:int! 0 is closed, 100 fully open
garage_door_control | Opens or closes the garage door. Refuses to close while the safety beam is blocked. | action:str=open|close! What to do
sprinkler_run_zone | Runs one garden watering zone right now for some minutes. | zone:int! Zone number ; minutes:int! Run time
doorbell_recent_events | Rings and motion detected by the doorbell camera, latest first, with clip links. | since:str Only events after this time
smoke_detector_status | Alarm state and battery level of every smoke and carbon monoxide detector. |
plug_power_toggle | Switches a smart plug on or off. | plug:str! Plug name ; on:bool! On or off
automation_create | Creates a home automation rule: when a trigger fires (time, sensor, someone arriving or leaving), run the actions. | name:str! Rule name ; trigger:obj! Trigger definition ; actions:arr! Actions to run
water_leak_sensors | State of the water leak sensors: which are dry, which detect water, battery levels. |
"""

TYPES = {"str": "string", "int": "integer", "num": "number", "bool": "boolean", "obj": "object"}


def parse_params(spec):
    """The JSON Schema object of a DSL parameter list, with a description on each parameter."""
    props, required = {}, []
    for item in [p.strip() for p in spec.split(" ; ") if p.strip()]:
        head, _, description = item.partition(" ")
        name, typ = head.split(":")
        if typ.endswith("!"):
            typ = typ[:-1]
            required.append(name)
        enum = None
        if "=" in typ:
            typ, values = typ.split("=")
            enum = values.split("|")
        prop = {"type": "array", "items": {"type": "string"}} if typ == "arr" else {"type": TYPES[typ]}
        if enum:
            prop["enum"] = enum
        prop["description"] = description.strip()
        props[name] = prop
    return {"type": "object", "properties": props, "required": required}


def catalogue():
    """[(domain, tool object)] of the new catalogue in the order written above."""
    out = []
    for domain, block in DOMAINS.items():
        for line in block.strip().splitlines():
            parts = [p.strip() for p in line.strip().rstrip("|").split(" | ", 2)]
            name, description = parts[0], parts[1]
            spec = parts[2] if len(parts) > 2 else ""
            out.append((domain, {"type": "function", "function": {
                "name": name, "description": description, "parameters": parse_params(spec)}}))
    return out


REQUESTS_TEXT = """
N | direct | clinic_find_open_slots | Any dermatology openings at the Riverside site between 3 and 14 March?
N | direct* | cancelAppointment | cancel my apointment A-7781 tomorow, I've got the flu and can't come in
N | indirect | send_appointment_reminder | Mr Okafor tends to forget he's due in on Friday and he has to fast beforehand; text him the details
N | direct | request_prescription_refill | Renew the lisinopril 10 mg for patient 30988 and send it to pharmacy PH-12
N | indirect* | checkInPatient | mrs duarte just walked in for her 9:40 and her insurence card checks out
N | confusable | rescheduleAppointment | Cancel my Tuesday physio and put me on Thursday's 4pm opening instead, appointment A-3310, slot S-818
N | confusable | list_patient_appointments | When is my next check-up? Patient number 61200, search the booking system
N | multi_tool | patient_lookup, bookAppointment | Find the chart for Juan Pérez, phone 555-0198, and book him into slot S-9002 for his sore shoulder
N | long | waitlist_add | My mother, patient 7120, was given a date with Dr Achebe in late September for her hip, which is a long way off given how much pain she is in. She is retired and can come in at almost any time, even at short notice, as long as it is before the end of August. Please make sure she hears about it automatically if someone else gives up an earlier slot with him.
N | non_english/de | cancelAppointment | Bitte sagen Sie meinen Termin A-5567 am Montag ab, ich bin beruflich verreist
N | direct | dispatch_route | Send driver D-14 out in van V-09 with the stops Harbour Rd 4, Mill Lane 18 and Quay St 2, in that order, starting 7:30
N | direct | optimize_delivery_route | Optimise the order of stops S1 through S9 out of the Northgate depot; the truck carries 3 tonnes max
N | direct* | get_shipment_eta | whens waybill WB-448120 going to arive at the customer
N | direct | create_shipment | Book a pickup of 3 pallets, 1,200 kg, from our Rotterdam warehouse to Brno, ready Thursday 8am
N | indirect | record_proof_of_delivery | The parcel for WB-55021 was handed to the receptionist, Amal Haddad, and she signed for it
N | direct* | schedule_vehicle_maintenance | book truck 12 in for new tyers on the 19th
N | indirect | driver_hours_status | Can Kofi legally take one more run this afternoon, or has he been on the road too long this week?
N | direct | fuel_card_transactions | Fuel purchases for vehicle V-33 during October
N | confusable | optimize_delivery_route | Plan the best order for tomorrow's 22 stops but hold off on sending the route to anyone
N | confusable | get_shipment_eta | Where's shipment WB-77310, when will the customer actually get it?
N | indirect | list_fleet_vehicles | How many of our vehicles are sitting in the workshop right now?
N | multi_tool | driver_hours_status, optimize_delivery_route, dispatch_route | Check that driver D-2 still has hours left today, sort these nine stops into the fastest sequence from the Eastfield depot and hand him the route in van V-17
N | non_english/fr | fleet_vehicle_location | Où se trouve le camion 41 en ce moment ?
N | non_english/pl | create_shipment | Zamów odbiór 2 palet, 800 kg, z magazynu w Poznaniu do Gdańska na jutro rano
N | long | driver_hours_status | We just got a call from a customer in Aberdeen who needs an urgent pickup before six this evening, and the only driver anywhere near is Małgorzata, driver D-31. She started early this morning and did a long run to Inverness on Tuesday as well. Before I ring her and ask, tell me how much driving she still has in her today and this week without breaking the rules.
N | direct | contract_draft_from_template | Start an NDA with Kestrel Analytics Ltd under the law of England and Wales
N | direct* | contract_search | serach our signed contracts for any mention of "most favoured nation"
N | direct | list_contract_renewals | Which contracts auto-renew in the next 60 days?
N | indirect | release_legal_hold | The Hartley case has settled, so the preservation order H-88 can end now
N | direct | route_for_legal_review | Send document D-6120 to legal, urgent, asking whether the indemnity is acceptable
N | indirect | conflict_check | Before we agree to represent Brightwater Mining, make sure we don't already act against them or their parent, Brightwater Holdings
N | confusable | get_contract_clause | Search contract C-5510 for its termination clause and show me the exact wording
N | confusable | compare_contract_versions | What did the other side change between v1 and v2 of contract C-909? List every edit
N | multi_tool | conflict_check, contract_draft_from_template | Clear Pinecrest Foods for conflicts and, if that's clean, draft our standard MSA with them
N | long | legalHoldCreate | HR tells me that a former sales manager is suing us for unfair dismissal, and the claim is registered as matter M-1207. Her old team lead, Petra Novak, and the regional director, Sam Idowu, exchanged a lot of messages about her performance last spring. Nothing they wrote or stored may be wiped by the usual clean-up rules while this goes on, and both of them have to be told that.
N | non_english/it | list_contract_renewals | Quali contratti scadono o si rinnovano nei prossimi 90 giorni?
N | direct* | lms_enroll_student | enrol studnet S-30441 in BIO-201 section 3
N | direct | create_assignment | Post a lab-report assignment in PHYS-150 due 14 November 23:59, worth 40 points
N | direct* | extend_assignment_deadline | give Marco an extention on assignment ASG-77 untill friday midnight
N | direct | submit_grade | Give student S-1188 an 87 on ASG-102 with the feedback "strong argument, weak sources"
N | direct | list_submissions | Which students haven't turned in ASG-54 yet?
N | indirect* | post_course_announcement | tell the whole MATH-220 class that thursdays lecture moves to room B14
N | direct | quiz_create | Make a 15-minute quiz in SPAN-101 with these five vocabulary questions
N | indirect | plagiarism_report | The essay in SUB-9931 reads suspiciously like something I've seen online; check it
N | confusable | extend_assignment_deadline | Create a new deadline for ASG-60: everyone gets until Monday
N | confusable | gradebook_get | List my grades in ECON-101, I'm student S-7745
N | confusable | lms_enroll_student | Add Jonah (S-5120) to ARCH-300 as an auditor; he isn't taking it for credit
N | indirect | lms_drop_student | Priya withdrew from the statistics module STAT-210, take her off the roster, she's S-6021
N | multi_tool | create_assignment, post_course_announcement | Set up essay 2 in ENG-120 due 1 December and let the class know it's up
N | multi_tool | list_submissions, extend_assignment_deadline | Check who is late on ASG-31 and give all of them two more days
N | long | submit_grade | I finally finished marking Theo Lindqvist's final project for the data structures course. He is student S-9902 and the assignment is ASG-400. The implementation is solid and the tests are thorough, but the written report skips the complexity analysis entirely. I'm giving it 78 out of 100; please record that and add a comment telling him the report is what cost him the points.
N | non_english/pt | submit_grade | Lança nota 9,5 para a aluna S-4410 no trabalho ASG-12, com o comentário "excelente"
N | non_english/zh | list_submissions | 作业ASG-88有哪些学生还没交?
N | direct | getListingDetails | Show me the full details and floor plan for listing L-99812
N | direct | submit_purchase_offer | Offer 312,000 on listing L-7730, subject to survey and financing, valid until Friday noon
N | indirect | estimate_home_value | Roughly what would my place at 14 Alder Close, Didsbury fetch if I sold it?
N | direct | create_rental_listing | List the flat at 9 Wren St, unit 4, for rent at 1,350 a month from 1 February, two bedrooms, no pets
N | indirect | tenant_maintenance_request | Water is pouring through the ceiling in unit 12B, someone has to come now, you can let yourself in
N | direct | collect_rent_payment | Record that lease LS-310 paid 1,100 for November
N | confusable | listing_search | Get me apartments to rent in Lisbon below 1,500 a month
N | confusable* | estimate_home_value | calcualte what 22 Beech Road is worth these days
N | indirect | mortgage_payment_calculator | If we borrow 350k at 3.8% for 30 years, what would we be paying each month with about 2,400 a year in property tax?
N | multi_tool | listing_search, schedule_property_viewing | Find two-bed apartments for sale in Ghent under 300k and book a viewing of the cheapest one for Saturday morning
N | non_english/de | listing_search | Suche Mietwohnungen in Leipzig mit mindestens drei Zimmern bis 1.100 Euro
N | long | tenant_maintenance_request | Hi, it's Rosa in unit 3A on Kingsley Road. Since Sunday night the radiators in the flat have stayed stone cold and there is no hot water either, only a clicking sound from the boiler cupboard. I have a baby at home, so it's getting urgent rather than routine. I'm at work during the day, but the contractor is welcome to go in with a key while I'm out.
N | direct | send_wire_transfer | Wire 2,300 EUR from my main account to Elena Rossi, IBAN IT60X0542811101000000123456, reference "deposit flat 3"
N | direct* | freezeCard | freez card C-4471 for now, I think I left it at the gym
N | indirect | unfreezeCard | Found my card after all, it was in my jacket, let me use C-4471 again
N | direct | set_up_standing_order | Pay my landlord J. Moreno 850 every month starting 1 January
N | indirect | download_bank_statement | My accountant needs the official monthly record of my business account for September as a PDF
N | confusable | freezeCard | I lost my card somewhere at home; don't cancel it, just block it until I find it
N | indirect* | bank_account_transactions | did the refund from the airline land in my current acount yet
N | multi_tool | report_card_stolen, dispute_card_charge | Someone stole my card C-2201 and already spent 640 at an electronics shop (TX-8812); kill the card and contest that charge
N | multi_tool | bank_list_accounts, transfer_between_accounts | See which of my accounts has the most money and move 1,000 from it into checking
N | non_english/es | transfer_between_accounts | Pasa 300 euros de mi cuenta de ahorro a la cuenta corriente
N | non_english/ja | bank_account_transactions | 先月の普通預金口座の入出金明細を見せて
N | long | send_wire_transfer | We're buying a small holiday flat in Portugal and the notary, Dr Sofia Almeida, needs the 15,000 euro deposit in her client account by Friday. Her IBAN is PT50000201231234567890154 and the reference has to be "Escritura 2291". Please send it from my main savings account today, before the afternoon cut-off, since she says anything arriving after Friday delays the signing.
N | direct | incident_declare | Declare a sev2 for payments-api: card authorisations failing in eu-west
N | direct* | who_is_on_call | whos on call for the serch service right now?
N | direct* | acknowledge_alert | ack alert AL-90211 im lookng at it
N | indirect | override_on_call_shift | Sven has a wedding this weekend, so put me on the platform rota in his place from Saturday 08:00 to Sunday 08:00
N | confusable | acknowledge_alert | Silence the paging on alert AL-5512, I've got it, but don't resolve it
N | indirect | status_page_post | Customers should be told the API is fully down while we work on it
N | multi_tool | incident_declare, status_page_post | Open a sev1 for the login service and tell customers on the status page that sign-in is down
N | multi_tool | who_is_on_call, page_responder | Find out who's on call for storage and page them into INC-620
N | multi_tool | incident_update_status, create_postmortem, status_page_post | INC-880 is fixed: mark it resolved, set the API back to operational on the status page and open the postmortem
N | non_english/ko | list_open_incidents | 지금 해결되지 않은 장애 목록 보여줘
N | long | silence_alerts | Tonight between 23:00 and 01:00 the platform team is moving the message queue cluster to new hardware, and every consumer of service=orders-queue will flap while that happens. Last time the on-call got woken up forty times for nothing. Keep those alerts quiet for the two hours, but leave a note saying it is the planned queue migration so nobody panics when they see it.
N | direct | video_trim_clip | Trim clip A-331 to keep only 00:12 to 00:47
N | direct* | add_subtitles | auto-generate subtitels for V-220 and burn them into the picture
N | direct | render_export | Render project P-77 as a 4K mp4
N | direct | get_render_job | How far along is render job RJ-5510?
N | indirect | replace_audio_track | The music in clip C-14 is copyrighted; use track AU-88 instead and keep it quiet when people talk
N | confusable | transcribe_audio_track | Give me the subtitles of V-410 as plain text with timestamps so I can quote the interview
N | confusable | get_render_job | Is the export of P-12 done rendering yet? Job RJ-300
N | indirect | video_trim_clip | The first nine seconds of C-52 are just the camera shaking, get rid of them; the clip is 60 s long
N | indirect | color_grade_apply_lut | Footage B-6 looks flat and washed out, give it the bw-contrast look
N | multi_tool | video_trim_clip, generate_thumbnail | Cut V-12 down to 30-90 seconds, then take a still at 45 seconds
N | multi_tool | render_export, get_render_job | Export P-301 as 1080p webm and tell me when the job finishes
N | non_english/zh | video_concat | 把片段A-7和A-8拼接成一个视频
N | long | render_export | The client review for the brewery advert is tomorrow at nine and they'll be watching it on the big screen in their boardroom, so it has to look sharp. The edit in project P-640 is locked: music, grade and titles are all approved. Please produce the final file in 4K as a mov so their agency can drop it into their own system without converting it.
N | direct | loyalty_points_balance | How many miles do I have in SkyPlus? Member 8812003
N | direct* | claim_missing_miles | my flight on 3 feb, ticket 0162445511020, never got credited to acount 7729100, claim it
N | direct | transfer_points_to_partner | Move 40,000 points from member 51122 to Atlas Air miles
N | indirect* | link_loyalty_account | i forgot to put my frequent flyer numbr 3300114 on booking ZR77KD, make sure the trip counts
N | confusable | tier_status_progress | What's my balance of qualifying nights toward Platinum this year? Harbor member H-91
N | confusable | claim_missing_miles | Link my stay at the Lisbon Harbor, folio F-7781 from 2 August, to account H-77201, I never got the points
N | indirect | points_expiry_schedule | I don't want to lose any miles by letting them lapse; which chunks run out first? Member 4410
N | multi_tool | loyalty_points_balance, redeem_award_flight | Check whether member 7001 has enough miles and, if so, book MAD to CUN in economy on 3 March
N | non_english/nl | loyalty_points_balance | Hoeveel punten heb ik nog bij Harbor Rewards? Lidnummer H-5521
N | non_english/sv | redeem_award_flight | Boka en resa ARN till BKK den 5 januari med mina poäng, medlem 6100432, ekonomiklass
N | long | request_upgrade_with_points | My wife and I are flying to Singapore for our twentieth anniversary on booking reference KP92TZ, currently in premium economy. I've been saving miles for years in member account 5530981 and this feels like the moment to use them. If there's any chance of getting us into the business cabin on that booking, please put in for it, even if we end up on a waiting list.
N | direct | field_soil_moisture | Soil moisture at 30 cm in field F-12?
N | direct | crop_yield_forecast | What yield should we expect from the maize on field F-9?
N | direct | livestock_record_treatment | Record that cow 372 got a 5 ml dose of clostridial vaccine
N | direct* | herd_list | list the aminals in herd H-2 with there weights
N | indirect | grain_bin_level | How much room is left in silo 4, and is the corn in there starting to heat up?
N | direct | commodity_price_quote | What's the elevator paying for soybeans today?
N | confusable | irrigation_schedule_set | Log a watering run for F-2: start tonight at 22:00 for 45 minutes
N | indirect | livestock_record_treatment | Heifer 2291 was wormed today with 10 ml of ivermectin; her milk must stay out of the tank until it's safe
N | multi_tool | field_soil_moisture, irrigation_schedule_set | Check the moisture on F-8 and if it's low start the water at 6 tomorrow for an hour
N | non_english/es | commodity_price_quote | ¿A cuánto paga hoy el silo el maíz?
N | non_english/fr | log_crop_spray | Enregistre un traitement fongicide sur la parcelle F-6, 1,5 l/ha, appliqué hier à 18 h
N | long | plan_planting | Now that the barley is off field F-21 and the straw is baled, I want to get oilseed rape in there while the soil still has some warmth. We used the variety Campus last year and it stood well through the winter, so let's stay with it at about 600,000 seeds per hectare. Aim for the 28th of August, weather permitting, and put it in the plan.
N | direct | grant_item | Give player P-5501 500 gems as compensation for yesterday's outage
N | direct | revoke_item | Remove the 12 duplicated Dragon Blades (SKU DB-01) from player P-221
N | direct* | reset_leaderboard | reset the ranked-duo leaderbord, the season is over
N | direct | matchmaking_queue_stats | How long are people waiting in the ranked queue in South America?
N | indirect | scale_game_servers | Players in Frankfurt can't get into matches; we need 40 machines running there instead of 25
N | confusable | player_profile_get | Check if P-30 is already banned before we ban them again
N | indirect | ban_player | This guy P-6640 has been using an aimbot all week; keep him out of the game for good
N | indirect | push_live_event | Let's run 30% off everything in the store for the whole of next weekend
N | multi_tool | revoke_item, ban_player | P-3120 duped 50 Star Coins (SKU SC-50): take them back and suspend the account for a week
N | non_english/ko | leaderboard_top | 이번 시즌 ranked-solo 순위표 상위 20명 보여줘
N | non_english/pl | grant_item | Dodaj graczowi P-8080 10 skrzynek (SKU CH-10) jako rekompensatę
N | long | grant_item | A player, P-44120, wrote in very upset: during Saturday's server crash she was halfway through the final raid, lost her run and with it the Ember Crown she had spent all week grinding for. The logs confirm the crash and the lost progress. We can't restore the run, but give her one Ember Crown (SKU EC-1) so she isn't punished for our outage.
N | direct | register_sample | Register a new plasma sample from cohort C2, stored in freezer F-3 rack 2
N | direct* | book_instrument | book the confocal microscop MIC-1 for wensday 9 to 13
N | direct* | instrument_calibration_status | when was the mass spec MS-3 last calibratted
N | confusable | sample_lookup | Get all soil samples in project ARC-9
N | confusable | get_assay_results | Look up what the HbA1c came out as for BC-2001
N | indirect | reagent_reorder | We're down to the last vial of Taq polymerase, cat. no. P-7733; get five more coming
N | indirect | instrument_calibration_status | Before I trust these numbers: is pipetting robot PR-4 overdue for its check?
N | multi_tool | register_sample, record_assay_result | Log this new water sample from site W-14 and enter its pH of 6.8 from the assay
N | multi_tool | freezer_inventory, register_sample, chain_of_custody_transfer | Find a free spot in freezer F-20, register the incoming tissue sample there and then hand it over to Dr Chen for sectioning
N | non_english/ja | book_instrument | 来週火曜の10時から12時までシーケンサーSEQ-2を予約して
N | non_english/de | sample_lookup | Finde alle Blutproben des Projekts NEURO-4
N | long | chain_of_custody_transfer | The tumour biopsy with barcode BC-7781 has to go to the pathology group across campus today, because their slide scanner is the only one that can do the staining we need. Dr Henrik Sjöberg will collect it in person at two. The study protocol says every handover must be documented with who took it and why, so please record it properly before he walks off with it.
N | direct | calendar_events_insert | Add "Budget review" to my primary calendar Thursday 15:00-16:00 with a video link and invite lena@ex.com
N | direct* | meetingRoomsAvailable | any rooms for 10 poeple free in building B tomorow 14-15?
N | confusable | propose_new_meeting_time | Decline EV-900, the 9am design review, but let the organiser know 2pm would work for me
N | direct | set_working_hours | Set my Wednesday hours to 10:00-18:00, working from home
N | indirect | out_of_office_calendar | I'm on parental leave from 1 March to 31 May; nobody should be able to book me then
N | confusable | calendar_events_patch | Add 30 minutes to the end of event EV-45 on my primary calendar
N | indirect | meetingRoomsAvailable | We're six people and need somewhere with a screen at 10 tomorrow in the Main building
N | multi_tool | calendar_freebusy_query, calendar_events_insert | Check when ana@ex.com and raj@ex.com are both free on Tuesday, then put a one-hour sync on my primary calendar at that time with both
N | multi_tool | meetingRoomsAvailable, calendar_events_insert | Find a room for 4 on Friday 10-11 and create the "Interview: Cole" event there
N | non_english/es | calendar_events_list | ¿Qué tengo en el calendario el lunes?
N | non_english/it | calendar_events_delete | Elimina l'evento EV-55 dal mio calendario senza avvisare gli invitati
N | long | set_working_hours | Starting next month I'm changing my routine: on Mondays I'll take my son to school, so I won't be able to start before half past nine, and I'll stay until half past five to make up for it. I'll be in the office on those days rather than at home. Please change my Monday so the scheduling assistants stop proposing 8am meetings.
N | direct | mail_send_message | Email hr@ex.com the signed form with subject "Address change"
N | direct | mail_search_threads | Find threads from billing@utility.com with attachments before June
N | direct | mail_get_thread | Open the whole conversation T-4410 so I can read the back and forth
N | indirect | mail_recall_message | Oh no, I just hit send on M-901 to the wrong Alex, stop it!
N | confusable | mail_snooze | Move M-300 out of my inbox until next Tuesday and bring it back then
N | confusable | mail_search_threads | Get me every email from my landlord this year
N | indirect | mail_block_sender | I keep getting these casino mails from lucky7@promo.example and never want to see another one
N | multi_tool | mail_search_threads, mail_move_to_folder | Find the newest mail from the notary and put it in the folder "House purchase"
N | non_english/fr | mail_schedule_send | Programme un mail à paul@ex.com pour demain 7 h : « Réunion annulée »
N | non_english/pt | mail_block_sender | Bloqueia o remetente ofertas@loja.example
N | direct | vcs_pr_open | Open a draft PR from feat/retry into main in acme/queue titled "Retry with jitter"
N | direct | vcs_pr_request_reviewers | Ask @lin and the platform team to review PR 88 in acme/queue
N | direct | vcs_tag_create | Tag commit 9f3c2e1 in acme/cli as v2.4.0
N | direct | vcs_blame | Who last touched each line of config/routes.rb in acme/shop?
N | direct* | vcs_compare_refs | what chnaged between v1.8.0 and v1.9.0 in acme/cli
N | direct | vcs_issue_label | Label issue 301 in acme/web as "bug" and remove "needs-triage"
N | direct | vcs_code_search | Search all repos for calls to parseLegacyDate in Java code
N | confusable | vcs_pr_list_checks | Review the test results on PR 55 in acme/api, did the builds pass?
N | indirect | vcs_blame | Somebody changed the timeout in lib/http.go of acme/edge and I want to know who did it
N | indirect | vcs_branch_protect | Nobody should be able to force-push to release in acme/pay any more
N | multi_tool | vcs_pr_open, vcs_pr_request_reviewers | Open a PR from fix/npe to main in acme/api and ask @ravi to review it
N | non_english/nl | vcs_tag_create | Maak tag v3.0.1 aan op commit a1b2c3d in acme/app
N | long | vcs_pr_comment | I've been reading through Yusuf's change to the rate limiter, PR 214 in acme/gateway. Most of it is fine, but in src/limiter/bucket.go around line 88 he refills the bucket before checking the clock, which means a burst right after a restart gets through unthrottled. I don't want to block the whole PR over it, just leave a remark right on that line explaining the problem.
N | direct | catalogSearch | Search the shop for waterproof hiking boots under 120, in stock only
N | direct* | cart_apply_coupon | aply code WINTER15 to my cart
N | direct* | order_lookup | wheres my order 100-22871, has it shiped
N | indirect | back_in_stock_alert | The linen shirt in size L (variant LS-L) is sold out; let me know at me@ex.com the moment it's back
N | direct | wishlist_add | Save product P-881 to my wishlist
N | confusable | cart_add_line | Save variant V-77 in my cart, two of them, I'm buying today
N | confusable | initiate_return | Look up order 100-7001 and send back the headphones, they crackle
N | indirect | wishlist_add | I don't want to buy the P-30 lamp yet but I'd like to keep it somewhere for later
N | multi_tool | cart_add_line, cart_apply_coupon, checkout_submit | Put one V-900 in cart C-12, use code FREESHIP and place the order with standard shipping
N | non_english/de | gift_card_balance | Wie viel Guthaben ist noch auf meiner Geschenkkarte 7788-1200, PIN 4410?
N | non_english/es | initiate_return | Quiero devolver las zapatillas del pedido 100-3390, me quedan grandes
N | direct | chat_dm | DM Farah that the contract is signed
N | direct | chat_update_message | Edit my message 1712.33 in #general to say Thursday instead of Tuesday
N | direct | chat_delete_message | Delete my message 1733.01 in #random
N | direct | channels_create | Create a private channel called proj-falcon with topic "Falcon launch"
N | direct | channels_set_topic | Change the topic of #support to "Holiday rota pinned"
N | direct | chat_search_messages | Search #design for messages from Ines about the logo
N | indirect | usergroups_update_members | From Monday the DB on-call rotation is Omar, Leni and Tariq; make sure @oncall-db reaches exactly them
N | confusable | chat_post | Message the #frontend channel that the build is green again
N | multi_tool | channels_create, chat_post | Create a public channel offsite-2027 and post the agenda link in it
N | long | usergroups_update_members | Quick housekeeping for the support escalation handle. Dimitri moved to the billing team last week, and Chloe and Bashir just finished their training and will take his place alongside Mei. Right now when people type @support-leads in a thread it still pings Dimitri, who keeps getting questions he can't answer anymore. From today it should reach Mei, Chloe and Bashir and nobody else.
N | direct | lights_set | Dim the living room lights to 30%
N | direct | garage_door_control | Close the garage door
N | direct | doorbell_recent_events | Who rang the doorbell this afternoon?
N | direct | smoke_detector_status | Are any smoke alarms low on battery?
N | direct* | water_leak_sensors | are any of the leak sensers wet
N | indirect | climate_set_target | It's freezing in the kids' room zone, make it 22
N | indirect | water_leak_sensors | I heard dripping under the sink before I left the house; is there water anywhere?
N | confusable | plug_power_toggle | Turn the Christmas tree lights off, they're on the plug named tree
N | confusable | sprinkler_run_zone | Create a quick watering of zone 1 right now for 5 minutes
N | multi_tool | lights_set, blinds_position | Movie time in the lounge: lights at 10% and blinds closed
N | non_english/fr | garage_door_control | Ouvre la porte du garage
N | long | automation_create | Our cat has a habit of slipping out through the patio door, and by the time anyone notices she's halfway down the road. There is a contact sensor on that door already. Whenever it opens after ten at night, I'd like the hallway lights to come on bright red and a message to go to my phone, so I know to go and check.
N | multi_tool | transcribe_audio_track, add_subtitles | Transcribe the Spanish interview V-77 and attach the text to it as a subtitle track viewers can switch off
N | multi_tool | get_contract_clause, route_for_legal_review | Pull clause 9 out of contract C-3120 and send the document to legal asking whether that exclusivity wording is acceptable
N | multi_tool | get_assay_results, chat_post | Pull the troponin results for batch B-1120 and post a summary of them in #cardio-lab
N | long | conflict_check | A new prospective client, Halvorsen Shipping AS, wants us to handle a dispute with one of their charterers. Before anyone on the team spends time on it, I need to know whether we've ever acted against them or for their competitors in a way that would stop us taking it on. Their parent company is Halvorsen Group and their chairman is Einar Halvorsen; include both.
O | direct | create_event | Schedule "Quarterly planning" for 20 January 10:00-12:00 with dmitri@ex.com and sara@ex.com
O | direct | delete_event | Remove the 4pm "coffee with Noor" event and don't send her a cancellation, I told her already
O | direct | share_calendar | Let my partner kai@ex.com see my personal calendar, read only
O | direct | draft_email | Write a draft to the landlord about the broken boiler but don't send it
O | direct | unsubscribe_mailing_list | Get me off the Gadget Weekly newsletter list
O | direct | label_email | Tag all the receipts from the airline with "Travel 2027"
O | direct | rename_file | Rename notes_final_v2.txt to meeting-notes-jan.txt
O | direct* | get_storage_usage | how much of my cloud storag have i used up
O | direct | fork_repository | Fork acme/parser into my account
O | direct | merge_pull_request | Merge PR 412 in billing-api with squash
O | direct | retry_failed_jobs | Re-run only the jobs that failed in pipeline 9921
O | direct | rollback_deployment | Roll production back to the previous release of checkout-web
O | direct | explain_query | Show the query plan for SELECT * FROM orders WHERE customer_id = 7
O | direct | kill_database_session | Kill database session 4412, it's holding a lock
O | direct | resize_instance | Resize vm app-3 to 8 vCPUs and 32 GB
O | direct | update_dns_record | Point the A record of api.example.org to 203.0.113.40
O | direct | create_payment_link | Make a payment link for 49 EUR for the workshop ticket
O | direct* | list_disputes | show open chargbacks pls
O | direct | assign_lead_owner | Give the lead from Vantage Corp to Harriet
O | direct | get_sales_forecast | What's the sales forecast for Q2?
O | direct | merge_tickets | Merge ticket 5521 into 5519, same customer, same problem
O | direct | get_csat_scores | What were our satisfaction scores last month?
O | direct | check_visa_requirements | Do Indian citizens need a visa for a 10-day holiday in Japan?
O | direct | rent_car | Rent a car at Faro airport from 3 to 10 July, automatic
O | direct | get_uv_index | What's the UV index in Valencia today?
O | direct* | get_pollen_count | is the polen count bad in vienna today
O | direct | wikipedia_lookup | Look up the Treaty of Westphalia on Wikipedia
O | direct | pin_message | Pin the release checklist message in #deploys
O | direct | approve_time_off | Approve Jonas's leave request for 12-16 May
O | direct | get_org_chart | Show the org chart under the VP of engineering
O | direct | reconcile_account | Reconcile the business checking account for November
O | direct | get_retention_cohorts | Show weekly retention cohorts for users who signed up in September
O | direct | arm_security_system | Set the house alarm to away before we leave for the airport
O | direct | create_discount_code | Create a 20% discount code SPRING20 valid until the end of April
O | indirect | set_do_not_disturb | I'm heading into two hours of exam supervision and don't want anything buzzing me
O | indirect | get_weather_alerts | Is anything dangerous coming our way in Oklahoma City tonight, like storms or tornadoes?
O | indirect | track_shipment | The courier said my parcel left the hub yesterday, where is it now? Tracking 1Z99AA
O | indirect | refund_payment | The customer paid twice for the same course; give one of the payments back (pay_881)
O | indirect | create_database_backup | I'm about to run a risky migration on the inventory database and want a safety copy first
O | indirect | get_cloud_costs | Why is our hosting bill so high this month, what's eating the money?
O | indirect | escalate_ticket | This customer has been waiting four days on ticket 7720 and is furious; it needs someone senior
O | indirect | estimate_travel_time | If I leave Utrecht now, when would I reach Schiphol by car?
O | indirect* | translate_text | my grandmothers letter is in hungarian and i cant read a word of it
O | indirect | get_payslip | I need proof of what I earned in October for the flat application
O | indirect | get_cash_flow_forecast | Will we have enough money in the bank to cover wages over the next three months?
O | indirect | get_funnel_conversion | How many people who put something in the basket actually end up paying?
O | indirect | start_robot_vacuum | Guests arrive in an hour and the floor is covered in dog hair
O | indirect | return_order_item | The shoes from order 4471 pinch, I want to send them back
O | indirect | summarize_document | I don't have time to read the 40-page audit report doc-881, give me the gist
O | indirect | request_signature | Contract-12 needs the client's autograph before Friday; get it to them
O | indirect | log_time_entry | Note down that I worked 3.5 hours on the Atlas project today so I get paid for it
O | indirect | get_air_quality | Is it safe to go running outside in Delhi this morning with the smog?
O | indirect | search_help_center | A customer asks how to reset their two-factor login; have we written up how to do that anywhere?
O | confusable | update_subscription_plan | Cancel the Basic tier for customer cus_882 and move them onto Pro instead
O | confusable | list_folder | Find out what's in the Invoices folder
O | confusable | get_pipeline_status | Is pipeline 3310 still going or did it finish?
O | confusable | get_thermostat_status | Set my mind at ease: what temperature is the thermostat at right now?
O | confusable | comment_on_issue | Reply on issue 88 in web-app that we can't reproduce it
O | confusable | add_internal_note | Reply on ticket 4410 with a note only the agents can see: this customer is a VIP
O | confusable | search_notes | Find the note where I wrote down the wifi password
O | confusable* | get_flight_status | track flight LH 1402, is it on tiem?
O | confusable | refund_order | Refund the whole of order 55102, the customer never got it
O | confusable | send_direct_message | Send Marcus a message on chat that I'm running late
O | confusable | list_team_absences | Who on my team is off next week? List their time off
O | confusable | create_bill | Create an invoice we received from the printing company, 380 due in 30 days
O | confusable | get_historical_weather | Pull up the forecast archive: how hot did it actually get in Paris on 14 July 2019?
O | confusable | update_product_inventory | Update the product page: we've got 40 more units of SKU-22 in the warehouse
O | multi_tool | search_flights, book_flight | Find the cheapest flight from Oslo to Rome on 2 April and book it
O | multi_tool | get_product_details, add_to_cart | Check the specs of product 3301 and if it has USB-C put it in my basket
O | multi_tool | create_channel, invite_to_channel, send_chat_message | Make a channel #hackathon, add Bea, Chen and Ola, and post the kickoff time in it
O | multi_tool | list_invoices, send_invoice_reminder | Find every overdue invoice and nudge those customers to pay
O | multi_tool | get_job_logs, retry_failed_jobs | Look at why job 7 in pipeline 4410 failed, then re-run the failed jobs
O | multi_tool | create_storage_bucket, rotate_access_key | Create a bucket "backups-eu" and rotate the access key of the backup service account
O | multi_tool | get_current_weather, get_weather_forecast | What's it like in Bergen now and what about the weekend?
O | multi_tool | create_contact, create_deal | Add Tamsin Reyes from Lumo as a contact and open a 12k deal with her
O | multi_tool | search_places, get_directions | Find a vegan restaurant near Alexanderplatz and give me walking directions there
O | multi_tool | create_task, set_reminder | Create a task "renew passport" and remind me about it on the 1st
O | multi_tool | get_time_off_balance, request_time_off | How many vacation days do I have left? If at least 5, request 10-14 March off
O | multi_tool | lock_door, arm_security_system | Lock the front door and arm the alarm, we're going away
O | long | create_recurring_event | I've started mentoring two junior engineers, Aiko and Felipe, and we agreed to meet every other Thursday at four for forty-five minutes, starting on the 8th of January and running until the end of June. Both are in the same office as me. Please set the whole series up so it lands in all three of our calendars without me having to add each one by hand.
O | long | create_alert_rule | Last night the disk on our reporting database server filled up and nobody noticed until the morning reports failed. I want to hear about it long before that happens again. When disk usage on db-report-1 goes above 85 percent for more than ten minutes, the infrastructure channel and I should be notified automatically so someone can clean up logs or grow the volume.
O | long | update_payroll_bank_account | I've switched banks because my old one is closing its branch in our town, and I don't want next month's salary to bounce. The new account is with Ridgeway Savings, account number 55120981, sort code 20-44-19, in my own name. Please make sure my pay goes there from the next pay run onwards instead of the old account.
O | long | respond_to_dispute | A customer filed a chargeback on dispute dp_4410 claiming the yoga retreat never happened. It did: we have the signed attendance sheet with her name on all three days, photos from the closing session and her own thank-you message from the week after. I want to fight it and send the bank that evidence, since this is the third time this customer has tried this.
O | long | create_ab_test | Marketing wants to know whether a shorter sign-up form actually gets more people through. The current form asks for name, company, role and phone; the new one only asks for e-mail and password. Split the traffic on the sign-up page fifty-fifty between the two for the next three weeks, measuring completed registrations, so we can decide with real numbers.
O | long | export_table_csv | The auditors arrived this morning and asked for a complete list of every refund we issued last year, straight from the system rather than a report somebody typed up. Everything they need is in the refunds table of the finance database. Could you dump that whole table into a spreadsheet-friendly file I can hand them on a USB stick?
O | long | run_home_scene | It's Friday evening and my friends are coming round for our monthly board game night in about twenty minutes. I set up a preset last year called "game night" that puts the dining room lights bright, the living room dim, and some quiet background music on. Could you switch all of that on now so I can finish cooking?
O | long | apply_ticket_macro | We've had about a dozen tickets today from customers asking why their password reset link expired. Ticket 8812 is another one. We already have a canned answer for exactly this that explains the fifteen-minute limit and tells them how to request a fresh link, so there's no need to write anything new. Just use that saved response on this ticket.
O | non_english/es | get_directions | ¿Cómo llego en coche desde Sevilla hasta Córdoba?
O | non_english/fr | create_journal_entry | Passe une écriture de 1 200 € au débit du compte loyers et au crédit de la banque
O | non_english/fr | set_light_state | Éteins les lumières de la cuisine
O | non_english/de | list_pull_requests | Zeig mir alle offenen Pull Requests im Repo web-app
O | non_english/pt | book_hotel | Reserva o hotel H-2201 no Porto de 5 a 8 de junho para dois adultos
O | non_english/it | get_balance_sheet | Mostrami lo stato patrimoniale al 31 dicembre
O | non_english/nl | news_search | Zoek nieuws over de verkiezingen in Zeeland
O | non_english/pl | create_folder | Utwórz folder "Faktury 2027" na moim dysku
O | non_english/ja | get_metrics | api-serverのCPU使用率を過去1時間分見せて
O | non_english/zh | charge_customer | 向客户cus_552收取199元的服务费
O | non_english/ko | play_music | 거실 스피커로 재즈 틀어줘
O | non_english/sv | create_spreadsheet | Skapa ett nytt kalkylark som heter Budget 2027
O | non_english/tr | convert_currency | 250 doları Türk lirasına çevir
"""

FILES = {"N": CATALOGUE, "O": OLD}


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).digest()


def requests():
    """[(catalogue file, kind, language or None, typo flag, [needed], text)] in the order written above."""
    out = []
    for line in REQUESTS_TEXT.strip().splitlines():
        cat, kind, needed, text = [p.strip() for p in line.split(" | ", 3)]
        typo = kind.endswith("*")
        kind, _, lang = kind.rstrip("*").partition("/")
        out.append((FILES[cat], kind, lang or None, typo, [n.strip() for n in needed.split(",")], text))
    return out


def assign_setups(n, seed):
    """Setup name of each of n rows (by position), from a seeded shuffle: 30% catalogue, 40% mix, 30% small."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    setup, start = {}, 0
    for i, (name, share) in enumerate(SETUPS):
        end = n if i == len(SETUPS) - 1 else start + round(share * n)
        for j in order[start:end]:
            setup[j] = name
        start = end
    return setup


def tools_of(file):
    """[(domain, tool object)] of the named catalogue."""
    return catalogue() if file == CATALOGUE else base.catalogue()


def offered_lists(reqs, file):
    """Text -> offered tool names for the requests of one catalogue, setups shuffled per catalogue."""
    cat = tools_of(file)
    domain_of = {f["function"]["name"]: d for d, f in cat}
    by_domain = {}
    for d, f in cat:
        by_domain.setdefault(d, []).append(f["function"]["name"])
    everything = [f["function"]["name"] for _, f in cat]
    mine = [r for r in reqs if r[0] == file]
    setup = assign_setups(len(mine), f"tooldata3-setups-v1:{file}")
    out = {}
    for j, (_, _, _, _, needed, text) in enumerate(mine):
        rng = random.Random(b"t3:" + sha1(text))
        needed_domains = list(dict.fromkeys(domain_of[n] for n in needed))
        if setup[j] == "catalogue":
            out[text] = list(everything)
        elif setup[j] == "mix":
            out[text] = base.offer_mix(rng, needed_domains, by_domain)
        else:
            out[text] = base.offer_small(rng, needed, needed_domains, by_domain)
    return out


def request_rows():
    """The request objects, ordered by the SHA-1 of their text, with ids t3-0001... in that order."""
    reqs = sorted(requests(), key=lambda r: sha1(r[5]))
    offered = {}
    for file in PER_CATALOGUE:
        offered.update(offered_lists(reqs, file))
    return [{"id": f"t3-{j + 1:04d}", "request": text, "needed": needed, "offered": offered[text], "split": "test",
             "kind": kind, "catalogue": file}
            for j, (file, kind, _, _, needed, text) in enumerate(reqs)]


def outputs():
    """File name -> exact text."""
    return {CATALOGUE: heldout_common.render([f for _, f in catalogue()]),
            OUTPUT: heldout_common.render(request_rows())}


if __name__ == "__main__":
    heldout_common.write_outputs(outputs())
