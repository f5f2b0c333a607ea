#!/usr/bin/env python3
"""Writes the tool-selection quality data (issue 17, point 2) from the literals below:

- router-eval/src/test/resources/quality/tools-catalogue.jsonl: one tool a line in the OpenAI tool shape
  {"type": "function", "function": {"name", "description", "parameters"}}, grouped by domain;
- router-eval/src/test/resources/quality/tool-requests.jsonl: user requests labelled with the tool(s) an agent
  needs to serve them, the tool list a client offers with the request, a split and a kind.

Every tool name, description and request was written for this project; none is taken from another project's
tool list or documentation. Output is deterministic: `offered` comes from a random generator seeded per
request, `split` from the SHA-1 of the request text (first byte even: tune, odd: test).

Tool DSL: one tool a line, `name | description | params`; params are `name:type` separated by ", ", with type
str, int, num, bool, arr (array of strings) or obj, `=a|b|c` for an enum, and a trailing `!` for required."""
import hashlib
import random

import heldout_common

CATALOGUE = "tools-catalogue.jsonl"
REQUESTS = "tool-requests.jsonl"

DOMAINS = {}

DOMAINS["calendar"] = """
create_event | Create a calendar event. Takes a title, a start and end time (ISO 8601, with an offset or in the calendar's own time zone) and optional attendees, location and notes. Attendees are sent an invitation by e-mail and the event appears on their calendars as tentative until they answer. If calendar_id is left out, the event goes into the user's primary calendar. To change an event that already exists, use update_event instead. | title:str!, start:str!, end:str!, attendees:arr, location:str, description:str, calendar_id:str
update_event | Change an existing calendar event: move it to another time, rename it, change the location or add and remove attendees. Only the fields you pass are changed; attendees get an update. | event_id:str!, title:str, start:str, end:str, location:str, add_attendees:arr, remove_attendees:arr
delete_event | Cancels an event and removes it from the calendar. Attendees receive a cancellation unless notify is false. | event_id:str!, notify:bool
list_events | List calendar events between two times, optionally filtered by text. | start:str!, end:str!, calendar_id:str, query:str
get_event | Get one event by id, with attendees and their responses, the conference link and the agenda. | event_id:str!
find_free_slots | Finds times when every listed person is free, inside working hours, for a meeting of the given length. Use it before proposing a time. | attendees:arr!, duration_minutes:int!, window_start:str!, window_end:str!
respond_to_invitation | Accept, decline or tentatively accept a meeting invitation you received, with an optional note to the organiser. | event_id:str!, response:str=accepted|declined|tentative!, note:str
block_calendar_time | Mark time on your own calendar as busy (focus time, out of office, travel) without inviting anyone. | start:str!, end:str!, reason:str, show_as:str=busy|out_of_office
create_recurring_event | Create a repeating series, for example a daily standup or a weekly one-on-one, that runs until an end date. | title:str!, first_start:str!, duration_minutes:int!, frequency:str=daily|weekly|biweekly|monthly!, until:str, attendees:arr
list_calendars | Returns the calendars the user can see: their own, shared team calendars and public holiday calendars. |
share_calendar | Give someone read or edit access to one of your calendars. | calendar_id:str!, email:str!, role:str=reader|writer!
set_event_reminder | Add or change the reminder of an event (popup or e-mail, minutes before start). | event_id:str!, minutes_before:int!, method:str=popup|email
convert_time_zone | Convert a date and time from one time zone to another. | datetime:str!, from_zone:str!, to_zone:str!
"""

DOMAINS["email"] = """
send_email | Send an e-mail now. | to:arr!, subject:str!, body:str!, cc:arr, bcc:arr, attachments:arr
draft_email | Compose an e-mail and save it in Drafts without sending, so the user can review and send it later. | to:arr, subject:str, body:str, cc:arr
search_email | Search the mailbox. The query can hold sender, recipient, words of the subject or body, a date range and has:attachment. Returns up to max_results message ids, newest first, each with its sender, subject, date and a short snippet of the body. Use read_email afterwards to get a whole message; this tool never returns full bodies. | query:str!, max_results:int
read_email | Fetch a message's full body, headers and list of attachments. | message_id:str!
reply_to_email | Reply inside the thread of a message; reply_all also answers everyone who was on it. | message_id:str!, body:str!, reply_all:bool
forward_email | Forward a message, with its attachments, to new recipients and an optional note on top. | message_id:str!, to:arr!, note:str
archive_email | Move messages out of the inbox into the archive. They stay searchable. | message_ids:arr!
delete_email | Moves messages to the trash. | message_ids:arr!
label_email | Add labels to or remove labels from messages (labels work like folders). | message_ids:arr!, add_labels:arr, remove_labels:arr
mark_email_read | Mark messages as read or unread. | message_ids:arr!, read:bool!
set_auto_reply | Switch the vacation auto-responder on or off. While it is on, senders get the given message automatically between the start and end dates. | enabled:bool!, message:str, start_date:str, end_date:str
create_email_filter | Create a rule applied to incoming mail, e.g. move everything from a sender to a label, archive newsletters, or forward invoices to accounting. | from_address:str, subject_contains:str, action:str=archive|label|delete|forward!, label:str, forward_to:str
unsubscribe_mailing_list | Unsubscribe from the newsletter or mailing list that sent the given message. | message_id:str!
"""

DOMAINS["files"] = """
upload_file | Upload a local file to cloud drive storage. | local_path:str!, folder_id:str, name:str
download_file | Download a file from the cloud drive to the local machine. | file_id:str!, destination:str
search_files | Search the cloud drive for files by name or by words they contain; filter by type and modification date. | query:str!, file_type:str, modified_after:str
list_folder | List the files and subfolders of a drive folder. | folder_id:str!
create_folder | Create a folder on the drive. | name:str!, parent_id:str
move_file | Move a file or folder into another folder. | file_id:str!, target_folder_id:str!
rename_file | Rename a file or folder. | file_id:str!, new_name:str!
delete_file | Put a drive file or folder in the trash. Trashed items can be restored for 30 days, then they are gone. | file_id:str!
restore_file | Restore a drive file or folder from the trash. | file_id:str!
share_file | Share a drive file or folder with specific people as viewer, commenter or editor. They get a notification. | file_id:str!, emails:arr!, role:str=viewer|commenter|editor!
create_share_link | Make a link that anyone who has it can open, optionally expiring after some days and with download turned off. | file_id:str!, expires_in_days:int, allow_download:bool
get_file_versions | Lists the saved earlier versions of a file, with who saved each one and when. | file_id:str!
get_storage_usage | How much drive storage is used and how much of the quota is left, by file type. |
convert_file | Convert a stored file into another format, for example DOCX to PDF or XLSX to CSV; the result is saved next to the original. | file_id:str!, target_format:str=pdf|docx|txt|xlsx|csv|png!
"""

DOMAINS["code_hosting"] = """
create_issue | Open an issue in a code repository's issue tracker: a bug in the code, a feature request or a chore for the developers. The body is Markdown. Labels must already exist in the repository; unknown labels are ignored. Assignees need to be collaborators of the repository. Returns the issue number and its URL. | repo:str!, title:str!, body:str, labels:arr, assignees:arr
comment_on_issue | Add a comment to an issue or pull request in a repository. | repo:str!, number:int!, body:str!
close_issue | Close a repository issue as completed or as not planned. | repo:str!, number:int!, reason:str=completed|not_planned
search_issues | Search issues and pull requests across repositories by text, label, author and state. | query:str!, repo:str, state:str=open|closed|all
create_pull_request | Open a pull request to merge a branch into a base branch. | repo:str!, head:str!, base:str!, title:str!, body:str, draft:bool
merge_pull_request | Merge a pull request with a merge commit, squash or rebase. | repo:str!, number:int!, method:str=merge|squash|rebase
review_pull_request | Submit a code review on a pull request: approve, request changes, or comment, with inline notes. | repo:str!, number:int!, event:str=approve|request_changes|comment!, body:str
list_pull_requests | List pull requests of a repository. | repo:str!, state:str=open|closed|all, author:str
get_file_contents | Read a source file from a repository at a branch, tag or commit. | repo:str!, path:str!, ref:str
create_branch | Create a git branch in a repository from another branch or commit. | repo:str!, name:str!, from_ref:str
list_commits | Commit history of a branch, optionally for one path or since a date. | repo:str!, branch:str, path:str, since:str
create_release | Tag a version of a repository and publish its release notes. | repo:str!, tag:str!, name:str, notes:str, prerelease:bool
create_repository | Create a new code repository, public or private. | name:str!, private:bool, description:str
fork_repository | Fork a repository into your account or an organisation. | repo:str!, organization:str
add_collaborator | Invite a user to a repository with read, write or admin permission. | repo:str!, username:str!, permission:str=read|write|admin
"""

DOMAINS["ci_cd"] = """
trigger_pipeline | Start a CI pipeline run for a branch, tag or commit, with optional variables. | project:str!, ref:str!, variables:obj
get_pipeline_status | Status of a CI pipeline run and of each of its jobs. | project:str!, run_id:str!
list_pipeline_runs | Recent pipeline runs of a project, filterable by branch and status (success, failed, running). | project:str!, branch:str, status:str
cancel_pipeline | Stop a running pipeline run. | project:str!, run_id:str!
retry_failed_jobs | Re-run only the failed jobs of a pipeline run, keeping the ones that passed. | project:str!, run_id:str!
get_job_logs | Fetch the console output of one CI job. Use it to read why a build or a test step failed. Logs can be long; pass tail_lines to get only the end, which is usually where the error is. Output is plain text with ANSI colour codes removed. Logs of jobs older than 90 days have been deleted and return a not-found error. | project:str!, job_id:str!, tail_lines:int
deploy_to_environment | Deploy a version of a service to an environment such as staging or production. The version must be a build that passed CI. Production deployments roll out gradually, 10% of instances at a time, and stop on their own when health checks fail. The call returns a deployment id right away; the rollout continues in the background. | service:str!, environment:str!, version:str!
rollback_deployment | Roll a service in an environment back to its previous successful deployment. | service:str!, environment:str!
list_deployments | Deployment history of a service: versions, who deployed, when, result. | service:str!, environment:str
set_ci_secret | Store or replace an encrypted secret variable that pipelines of a project can read. | project:str!, name:str!, value:str!
download_build_artifact | Download files a pipeline job produced: packages, binaries, coverage and test reports. | project:str!, job_id:str!, artifact_name:str
get_test_report | Test results of a pipeline run: counts of passed, failed and skipped tests and the names of failing and flaky tests. | project:str!, run_id:str!
"""

DOMAINS["database"] = """
run_sql_query | Run a read-only SQL SELECT against a configured database and return the rows as a list of objects keyed by column name. The statement runs in a read-only transaction with a 30 second timeout, so INSERT, UPDATE, DELETE and DDL fail here; use execute_sql_statement for those. At most `limit` rows come back (default 100). | database:str!, sql:str!, limit:int
execute_sql_statement | Run a SQL statement that changes data or schema: INSERT, UPDATE, DELETE, CREATE, ALTER. Requires write permission; returns affected rows. | database:str!, sql:str!
list_tables | List the tables of a database schema. | database:str!, schema:str
describe_table | Columns, types, keys, indexes and estimated row count of a table. | database:str!, table:str!
explain_query | Show the execution plan a SQL query would use, with estimated costs, to find missing indexes. | database:str!, sql:str!
create_database_backup | Take a backup snapshot of a database. | database:str!, label:str
restore_database_backup | Restore a database from a backup snapshot. Replaces the current data. | database:str!, backup_id:str!
list_database_backups | List a database's backup snapshots with time and size. | database:str!
create_database_user | Create a database login with a role. | database:str!, username:str!, role:str=read_only|read_write|admin!
get_slow_queries | Slowest queries of a database over a period, from its query statistics. | database:str!, since:str, min_duration_ms:int
export_table_csv | Export a table, or the result of a query, to a CSV file. | database:str!, table_or_sql:str!, destination:str
kill_database_session | Terminate a database connection and the query it is running. | database:str!, session_id:str!
"""

DOMAINS["cloud"] = """
list_instances | List the virtual machines of a region and their state. | region:str, state:str=running|stopped|all
start_instance | Start a stopped virtual machine. | instance_id:str!
stop_instance | Shut down a virtual machine. Its disk is kept and it can be started again. | instance_id:str!
create_instance | Launch a new virtual machine from an image with a machine type in a region. | name:str!, image:str!, machine_type:str!, region:str!
terminate_instance | Delete a virtual machine for good, with its boot disk. | instance_id:str!
resize_instance | Change the machine type (CPU and memory) of a virtual machine. The machine restarts. | instance_id:str!, machine_type:str!
scale_service | Set how many replicas of a container service run. | service:str!, replicas:int!
get_service_logs | Search the application logs of a cloud service over a time range. | service:str!, query:str, since:str
get_metrics | Read a monitoring time series (CPU, memory, request latency, error rate) of a cloud resource. | resource:str!, metric:str!, start:str, end:str
create_alert_rule | Alert a channel when a metric of a resource crosses a threshold. | resource:str!, metric:str!, threshold:num!, notify_channel:str
create_storage_bucket | Create an object storage bucket in a region. | name:str!, region:str!, public:bool
update_dns_record | Create or change a record (A, AAAA, CNAME, TXT, MX) in a managed DNS zone. | zone:str!, name:str!, type:str=A|AAAA|CNAME|TXT|MX!, value:str!, ttl:int
get_cloud_costs | Cloud spend for a period grouped by service, project or tag. | start:str!, end:str!, group_by:str
create_snapshot | Snapshot a virtual machine's disk. | disk_id:str!, name:str
rotate_access_key | Issue a new access key for a service account and disable the old one. | account:str!
"""

DOMAINS["payments"] = """
create_payment_link | Create a hosted checkout page for a fixed amount and return its link, to send to a payer. | amount:num!, currency:str!, description:str, expires_at:str
charge_customer | Charge a customer's saved card or bank method. | customer_id:str!, amount:num!, currency:str!, description:str
refund_payment | Refund a card payment in full or in part, back to the card it came from. Leave amount out for a full refund. Refunds take 5 to 10 business days to reach the card holder, and a payment that is under dispute cannot be refunded. This works on payment ids (pay_...), not on shop orders. | payment_id:str!, amount:num
get_payment | Details and status of one payment. | payment_id:str!
list_payments | List payments, filtered by customer, status and date. | customer_id:str, status:str=succeeded|failed|refunded|pending, since:str
create_subscription | Put a customer on a recurring plan, with an optional free trial. | customer_id:str!, plan_id:str!, trial_days:int
cancel_subscription | Cancel a customer's subscription now or at the end of the billing period. | subscription_id:str!, at_period_end:bool
update_subscription_plan | Move a subscription to another plan (upgrade or downgrade); the price difference is prorated. | subscription_id:str!, plan_id:str!
list_disputes | Chargebacks that card holders opened against payments. | status:str
respond_to_dispute | Submit evidence to contest a chargeback. | dispute_id:str!, evidence:str!
create_payout | Transfer available balance from the payment account to the company bank account. | amount:num!, currency:str!
get_account_balance | Available and pending balance of the payment processor account. | currency:str
save_payment_method | Attach a tokenised card to a customer for later charges. | customer_id:str!, card_token:str!
"""

DOMAINS["crm"] = """
create_contact | Add a person to the CRM. | name:str!, email:str, phone:str, company:str, notes:str
update_contact | Change fields of a CRM contact (title, phone, e-mail, owner, custom fields). | contact_id:str!, fields:obj!
search_contacts | Find CRM contacts by name, e-mail, company or phone. | query:str!
get_contact | A CRM contact with their company, deals and recent activity. | contact_id:str!
create_deal | Open a sales opportunity in the pipeline with a value and a stage. | name:str!, company_id:str!, value:num, stage:str
update_deal_stage | Move a deal to another pipeline stage: qualified, proposal, negotiation, won or lost. | deal_id:str!, stage:str=qualified|proposal|negotiation|won|lost!
list_deals | List deals by owner, stage or expected close date. | owner:str, stage:str, closing_before:str
log_activity | Record a call, meeting, e-mail or note on a contact or deal timeline. The summary is shown to everyone with access to the record and counts towards the rep's activity statistics. | record_id:str!, type:str=call|meeting|note|email!, summary:str!
create_company | Add an account (a customer or prospect organisation) to the CRM. | name:str!, domain:str, industry:str, size:int
create_lead | Capture a new lead from a form, event or referral. | name:str!, email:str!, source:str, company:str
assign_lead_owner | Assign a lead or account to a sales rep. | lead_id:str!, owner:str!
get_sales_forecast | Expected revenue from the open pipeline for a quarter, weighted by stage. | quarter:str!, team:str
merge_contacts | Merge duplicate CRM contacts into one record. | primary_id:str!, duplicate_ids:arr!
"""

DOMAINS["support"] = """
create_ticket | Open a customer support ticket for a customer's problem or question, with subject, description and priority. The customer is identified by e-mail; a new requester profile is created when the address is unknown. The ticket lands in the default support queue and the customer receives an automatic acknowledgement with the ticket number. | customer_email:str!, subject:str!, description:str!, priority:str=low|normal|high|urgent
update_ticket | Change a support ticket's status, priority, assignee or tags. | ticket_id:str!, status:str=open|pending|solved|closed, priority:str, assignee:str, tags:arr
reply_to_ticket | Send a public reply to the customer on a support ticket. | ticket_id:str!, message:str!
add_internal_note | Add a private note to a ticket that only agents can see. | ticket_id:str!, note:str!
search_tickets | Search support tickets by text, status or requester. | query:str!, status:str, requester:str
get_ticket | A support ticket with its conversation history. | ticket_id:str!
merge_tickets | Merge duplicate tickets from the same customer into one. | target_id:str!, source_ids:arr!
escalate_ticket | Escalate a ticket to second-level support or engineering: raises the priority and pages the on-call person of that team. | ticket_id:str!, reason:str!, team:str
list_ticket_macros | List the canned replies (macros) agents can apply. |
apply_ticket_macro | Apply a canned reply (macro) to a ticket. | ticket_id:str!, macro_id:str!
get_csat_scores | Customer satisfaction survey results by agent and period. | start:str!, end:str!, agent:str
search_help_center | Search the published help-centre articles, e.g. to link one in a reply. | query:str!
"""

DOMAINS["travel"] = """
get_directions | Route between two places by car, public transport, on foot or by bike, with steps, distance and duration. | origin:str!, destination:str!, mode:str=driving|transit|walking|cycling
search_places | Find places such as restaurants, pharmacies or petrol stations near a location. | query:str!, near:str!, open_now:bool
get_place_details | Opening hours, phone, address, rating and reviews of a place. | place_id:str!
geocode_address | Turn a street address into latitude and longitude. | address:str!
estimate_travel_time | How long a trip takes with current or predicted traffic, for a departure time. No directions. | origin:str!, destination:str!, depart_at:str
search_flights | Search flights between airports on given dates. Origin and destination accept IATA airport codes or city names (a city searches all its airports). Returns offers with airline, times, stops, duration and total price for all passengers; each offer has an offer_id that book_flight needs, valid for 30 minutes. | origin:str!, destination:str!, depart_date:str!, return_date:str, passengers:int, cabin:str=economy|premium|business|first
book_flight | Book a flight offer returned by search_flights for the named passengers. | offer_id:str!, passengers:arr!
get_flight_status | Live status of a flight by its number: delay, gate, terminal. | flight_number:str!, date:str
search_hotels | Hotels with free rooms in a city for the dates, with prices. | city:str!, check_in:str!, check_out:str!, guests:int, max_price:num
book_hotel | Reserve a hotel room offer. | hotel_offer_id:str!, guest_name:str!
cancel_booking | Cancel a flight, hotel or rental car reservation by its confirmation code. | confirmation_code:str!
list_my_trips | The user's upcoming trips and reservations. |
rent_car | Find and reserve a rental car. | pickup_location:str!, pickup_date:str!, return_date:str!, car_class:str
request_ride | Order a taxi or ride-hail car now. | pickup:str!, dropoff:str!, ride_type:str
check_visa_requirements | Entry and visa rules for a nationality travelling to a country. | nationality:str!, destination_country:str!
"""

DOMAINS["weather"] = """
get_current_weather | Current conditions for a place: temperature, feels-like, wind, humidity. | location:str!, units:str=metric|imperial
get_weather_forecast | Daily forecast (high, low, rain chance, wind) for up to 10 days. Location can be a city name, a postal code or 'lat,lon'. For the next hours use get_hourly_forecast; for conditions now use get_current_weather. | location:str!, days:int
get_hourly_forecast | Hour-by-hour forecast for the next 48 hours, including chance of precipitation. | location:str!, hours:int
get_weather_alerts | Active severe-weather warnings (storms, floods, heat, snow) for an area. | location:str!
get_air_quality | Air quality index and pollutant levels. | location:str!
get_pollen_count | Pollen levels by type (grass, tree, weed). | location:str!
get_historical_weather | Weather observed on a past date. | location:str!, date:str!
get_uv_index | UV index today and its peak time. | location:str!
"""

DOMAINS["web"] = """
web_search | Search the public web and return titles, links and snippets. | query:str!, num_results:int, recency_days:int
news_search | Recent news articles about a topic. | query:str!, since:str, language:str
fetch_webpage | Download a web page by URL and return its readable text. | url:str!
image_search | Find images on the web. | query:str!, count:int
wikipedia_lookup | Summary of an encyclopedia article. | title:str!, language:str
translate_text | Translate text into another language. | text:str!, target_language:str!, source_language:str
define_word | Dictionary entry of a word: meanings, pronunciation, synonyms. | word:str!, language:str
convert_currency | Convert an amount between currencies at today's rate. | amount:num!, from_currency:str!, to_currency:str!
calculator | Evaluate an arithmetic expression exactly. | expression:str!
convert_units | Convert a value between units of length, weight, volume, temperature and so on. | value:num!, from_unit:str!, to_unit:str!
"""

DOMAINS["messaging"] = """
send_chat_message | Post a message in a team chat channel, optionally as a reply in a thread. | channel:str!, text:str!, thread_id:str
send_direct_message | Send a private chat message to one colleague. | user:str!, text:str!
send_sms | Send a text message (SMS) to a phone number. | phone_number:str!, text:str!
search_chat_messages | Search team chat history. | query:str!, channel:str, from_user:str
create_channel | Create a chat channel, public or private, with initial members. | name:str!, private:bool, members:arr
invite_to_channel | Add people to a chat channel. | channel:str!, users:arr!
set_chat_status | Set your chat status text and emoji (in a meeting, commuting, on holiday) until an expiry time. | text:str!, emoji:str, expires_at:str
schedule_chat_message | Post a chat message later, at a given time. | channel:str!, text:str!, send_at:str!
pin_message | Pin a message at the top of a channel. | channel:str!, message_id:str!
react_to_message | Add an emoji reaction to a chat message. | channel:str!, message_id:str!, emoji:str!
start_video_call | Start a video call right now and return the join link. | participants:arr, topic:str
archive_channel | Archive a chat channel nobody uses any more. | channel:str!
set_do_not_disturb | Pause chat notifications for a number of minutes. | minutes:int!
"""

DOMAINS["hr"] = """
request_time_off | Submit a leave request (vacation, sick leave, parental leave, unpaid) for the manager to approve. Days are counted in working days and weekends and public holidays of the employee's country are skipped. The request shows as pending in the HR system until the manager approves it; it does not change the calendar or the e-mail auto-reply. | type:str=vacation|sick|parental|unpaid!, start_date:str!, end_date:str!, note:str
get_time_off_balance | Vacation and sick days an employee has left this year. | employee_id:str
approve_time_off | Approve or reject a leave request from someone on your team. | request_id:str!, decision:str=approve|reject!, comment:str
list_team_absences | Who in a team is on leave between two dates. | team:str!, start:str!, end:str!
get_employee_profile | An employee's directory profile: title, department, manager, office, start date, contact. | employee:str!
search_employee_directory | Find colleagues by name, role, skill or office. | query:str!
get_payslip | Pay statement of a month for the signed-in employee. | month:str!
update_payroll_bank_account | Change the bank account the salary is paid into. | iban:str!, account_holder:str!
create_job_posting | Publish an open position on the careers page. | title:str!, department:str!, location:str, description:str!
list_job_candidates | Applicants to a job posting with their stage in the hiring process. | posting_id:str!, stage:str
schedule_interview | Set up an interview between a candidate and interviewers; the panel and candidate get invitations. | candidate_id:str!, interviewers:arr!, start:str!, duration_minutes:int
start_onboarding | Start the onboarding checklist for a new hire: accounts, laptop, buddy, first-week plan. | employee_name:str!, start_date:str!, role:str!
record_performance_feedback | Write feedback about an employee for their review cycle. | employee:str!, feedback:str!, visibility:str=manager_only|shared
get_org_chart | The reporting line above and the team below an employee. | employee:str!
"""

DOMAINS["accounting"] = """
create_invoice | Create and issue an invoice to a client with line items, currency and due date. Each item is written as 'description; quantity; unit price'. The invoice gets the next number in the series, is saved as a PDF and e-mailed to the customer's billing contact. Tax is added from the customer's country settings. | customer:str!, items:arr!, due_date:str!, currency:str
send_invoice_reminder | Send a payment reminder for an unpaid or overdue invoice. | invoice_id:str!
list_invoices | List invoices by status (draft, sent, paid, overdue) and customer. | status:str=draft|sent|paid|overdue, customer:str
record_invoice_payment | Mark an invoice as paid when money arrives by bank transfer or cheque. | invoice_id:str!, amount:num!, date:str!
submit_expense_report | Submit out-of-pocket expenses with receipts to be reimbursed. | items:arr!, receipts:arr, purpose:str
categorize_transaction | Assign a bank transaction to a ledger account category. | transaction_id:str!, category:str!
list_bank_transactions | Transactions of a company bank account between dates. | account:str!, start:str, end:str, min_amount:num
create_bill | Record a supplier bill that the company has to pay. | vendor:str!, amount:num!, due_date:str!
pay_bill | Schedule the payment of a supplier bill. | bill_id:str!, pay_date:str
get_profit_and_loss | Profit and loss statement for a period. | start:str!, end:str!
get_balance_sheet | Balance sheet (assets, liabilities, equity) as of a date. | as_of:str!
get_cash_flow_forecast | Projected cash in and out for the coming weeks. | weeks:int
reconcile_account | Match a bank statement against ledger entries and list what does not match. | account:str!, statement_end_date:str!
create_journal_entry | Post a manual double-entry journal entry. | date:str!, lines:arr!, memo:str
estimate_sales_tax | Sales tax or VAT due on an amount for a country and region. | amount:num!, country:str!, region:str
"""

DOMAINS["analytics"] = """
run_analytics_report | Website analytics report: users, sessions, bounce rate or conversions over a date range, split by a dimension such as country, device or channel. | property:str!, metrics:arr!, dimensions:arr, start:str!, end:str!
get_realtime_visitors | How many people are on the site right now and on which pages. | property:str!
get_funnel_conversion | Step-by-step drop-off through a defined funnel, e.g. visit, sign-up, checkout. | funnel_id:str!, start:str, end:str
create_dashboard | Create an analytics dashboard with charts. | name:str!, widgets:arr
get_product_event_counts | How often a tracked product event (sign_up, purchase, button click) fired per day. | event_name:str!, start:str!, end:str!
get_retention_cohorts | Retention of users grouped by their sign-up week or month. | start:str!, end:str!, period:str=week|month
create_ab_test | Set up an A/B experiment with variants, a goal metric and a share of traffic. | name:str!, variants:arr!, metric:str!, traffic_percent:int
get_ab_test_results | Results of an experiment: conversion by variant and significance. | experiment_id:str!
schedule_report_email | E-mail a report or dashboard to recipients on a schedule. | report_id:str!, recipients:arr!, frequency:str=daily|weekly|monthly!
get_top_pages | Most visited pages of a site in a period. | property:str!, start:str!, end:str!, limit:int
get_traffic_sources | Where visitors came from: search, social, referral, direct, campaigns. | property:str!, start:str!, end:str!
"""

DOMAINS["smart_home"] = """
set_light_state | Switch lights in a room on or off and set brightness (0-100) or colour. | room:str!, on:bool, brightness:int, color:str
set_thermostat | Set the target temperature and mode (heat, cool, auto, off) of a thermostat zone. The temperature is in the unit the home is configured with (Celsius or Fahrenheit). Without a zone, every zone is set. The new setting holds until the next scheduled change of the thermostat's weekly programme. | temperature:num!, mode:str=heat|cool|auto|off, zone:str
get_thermostat_status | Indoor temperature, humidity and current setting of a thermostat zone. | zone:str
lock_door | Lock a smart door lock. | door:str!
unlock_door | Unlock a smart door lock, optionally re-locking after some minutes. | door:str!, relock_after_minutes:int
get_door_lock_status | Whether each smart lock is locked, and its battery. | door:str
view_security_camera | Snapshot or live view from a home security camera. | camera:str!
arm_security_system | Arm the home alarm (away or home mode) or disarm it. | mode:str=away|home|disarmed!, code:str
start_robot_vacuum | Send the robot vacuum to clean some rooms or the whole home. | rooms:arr
play_music | Play a song, an artist, an album or a playlist on a speaker. | query:str!, speaker:str
set_speaker_volume | Set the volume of a smart speaker. | speaker:str!, level:int!
run_home_scene | Run a saved scene, such as movie night or good morning, that sets several devices at once. | scene:str!
control_appliance | Switch a smart plug or connected appliance (washing machine, coffee maker, oven) on or off. | device:str!, action:str=on|off|start|stop!
get_energy_usage | Household electricity use per day and per device. | start:str, end:str
"""

DOMAINS["ecommerce"] = """
search_products | Search the shop's catalogue by words, category and price. Results are ranked by relevance and include product id, title, price, rating and whether it is in stock. Hidden or discontinued products are not returned. | query:str!, category:str, max_price:num
get_product_details | Description, price, sizes, stock and reviews of a product. | product_id:str!
add_to_cart | Put a product in the shopping cart. | product_id:str!, quantity:int
place_order | Check out the shopping cart and place the order. | shipping_address_id:str, payment_method_id:str
get_order_status | Status of a shop order: paid, packed, shipped, delivered. | order_id:str!
track_shipment | Carrier tracking events and expected delivery of a parcel. | tracking_number:str!, carrier:str
cancel_order | Cancel a shop order that has not shipped yet. | order_id:str!, reason:str
return_order_item | Start a return for an item of a delivered order and get a return label. | order_id:str!, item_id:str!, reason:str!
refund_order | Merchant side: refund an order, fully or in part, to the customer's original payment method. | order_id:str!, amount:num, reason:str
list_orders | List shop orders by customer, status or date. | customer_id:str, status:str, since:str
update_product_inventory | Set the stock quantity of a product variant (SKU). | sku:str!, quantity:int!
update_product_price | Change the selling price of a product variant. | sku:str!, price:num!
create_discount_code | Create a coupon code for a percentage or fixed amount off, with an expiry. | code:str!, percent_off:num, amount_off:num, expires_at:str
update_shipping_address | Change the delivery address of an order before it is dispatched. | order_id:str!, address:str!
write_product_review | Post a rating and review of a product you bought. | product_id:str!, rating:int!, text:str
"""

DOMAINS["documents"] = """
create_document | Create a new text document, optionally with initial content. | title:str!, content:str, folder_id:str
edit_document | Insert, replace or delete text in a document. | document_id:str!, operations:arr!
create_note | Jot down a quick note in a notebook, with tags. | text:str!, notebook:str, tags:arr
search_notes | Full-text search through the user's notes. | query:str!
summarize_document | Write a summary of a long document, short or detailed. | document_id:str!, length:str=short|detailed
export_document | Export a document as PDF, DOCX or Markdown. | document_id:str!, format:str=pdf|docx|md!
comment_on_document | Add a comment to a shared document, anchored to a quoted passage. | document_id:str!, quote:str, comment:str!
create_spreadsheet | Create a spreadsheet with column headers. | title:str!, columns:arr
append_spreadsheet_rows | Append rows to a sheet of a spreadsheet. | spreadsheet_id:str!, sheet:str, rows:arr!
read_spreadsheet_range | Read the cell values of a range such as A1:D20. | spreadsheet_id:str!, range:str!
create_presentation | Create a slide deck from a title and an outline. | title:str!, outline:arr
request_signature | Send a document to people to sign electronically. | document_id:str!, signers:arr!, message:str
get_document_history | Who edited a document, what they changed and when. | document_id:str!
"""

DOMAINS["tasks"] = """
create_task | Add a to-do to a project board or your personal list, with due date, assignee and priority. Without a project the task goes into the user's personal inbox list. Due dates are plain dates (YYYY-MM-DD); a task does not notify anyone at a time of day, for that use set_reminder. | title:str!, project:str, due_date:str, assignee:str, priority:str=low|medium|high
update_task | Change a task's title, due date, assignee or status. | task_id:str!, title:str, due_date:str, assignee:str, status:str=todo|in_progress|blocked|done
complete_task | Mark a task as done. | task_id:str!
list_tasks | List tasks by project, assignee, status or due date. | project:str, assignee:str, status:str, due_before:str
delete_task | Delete a task. | task_id:str!
set_reminder | Remind the user of something at a given time with a notification. | text:str!, remind_at:str!
create_project | Create a project with members and a deadline. | name:str!, members:arr, deadline:str
add_task_comment | Comment on a task. | task_id:str!, text:str!
create_sprint | Create a sprint (iteration) in a project with start and end dates. | project:str!, name:str!, start:str!, end:str!
move_task_to_sprint | Move a task into a sprint. | task_id:str!, sprint_id:str!
log_time_entry | Record hours worked on a project or task for the timesheet. | project:str!, hours:num!, date:str!, task_id:str, note:str
get_project_status_report | Progress of a project: done and open tasks, overdue items, burndown. | project:str!
"""

TYPES = {"str": "string", "int": "integer", "num": "number", "bool": "boolean", "obj": "object"}


def parse_params(spec):
    """The JSON Schema object of a DSL parameter list."""
    props, required = {}, []
    for item in [p.strip() for p in spec.split(",") if p.strip()]:
        name, typ = item.split(":")
        if typ.endswith("!"):
            typ = typ[:-1]
            required.append(name)
        enum = None
        if "=" in typ:
            typ, values = typ.split("=")
            enum = values.split("|")
        if typ == "arr":
            prop = {"type": "array", "items": {"type": "string"}}
        else:
            prop = {"type": TYPES[typ]}
        if enum:
            prop["enum"] = enum
        props[name] = prop
    return {"type": "object", "properties": props, "required": required}


def catalogue():
    """[(domain, tool object)] in the order written above."""
    out = []
    for domain, block in DOMAINS.items():
        for line in block.strip().splitlines():
            parts = [p.strip() for p in line.split("|", 2)]
            name, description = parts[0], parts[1]
            spec = parts[2] if len(parts) > 2 else ""
            out.append((domain, {"type": "function", "function": {
                "name": name, "description": description, "parameters": parse_params(spec)}}))
    return out

# Requests: `kind | needed tool[, second tool] | request`, one a line.
REQUESTS_TEXT = """
direct | create_event | Schedule a meeting with Ana tomorrow at 3pm for 45 minutes, call it budget review
direct | update_event | Move my 2pm dentist appointment on Thursday to 4:30
direct | delete_event | Cancel the team lunch on Friday, it's not happening anymore
direct | list_events | What's on my calendar next week?
indirect | list_events | am I free at all on wednesday afternoon or is it packed
direct | find_free_slots | Find a 30-minute slot when Priya, Tom and I are all available this week
indirect | respond_to_invitation | I got an invite for the vendor demo on Monday, tell them I can't come
indirect | block_calendar_time | Protect my mornings next week so nobody books me before noon, I need to focus on the report
direct | create_recurring_event | Set up a weekly one-on-one with Marco every Tuesday at 10 until the end of June
direct | share_calendar | Give my assistant edit access to my work calendar
indirect | set_event_reminder | I always forget the board call on the 14th, make sure I get pinged half an hour before it starts
direct | convert_time_zone | What time is 9am Pacific in Berlin?
indirect | convert_time_zone | my client in Sydney said "let's talk at 8 in the morning my time" on Tuesday, when is that for me in London
confusable | block_calendar_time | Put an out of office block on my calendar for the afternoon of the 3rd, I don't want an invite sent to anyone
confusable | list_calendars | which shared calendars do I actually have access to
confusable | get_event | Who has accepted the invite for the quarterly planning session and what's the dial-in link?
direct | send_email | Email jordan@acme.io that the contract is signed, subject "Signed contract"
direct | draft_email | Write a draft to the landlord asking to fix the heating but don't send it yet, I want to read it first
direct | search_email | Find the emails from Lufthansa about my booking last month
direct | read_email | Open the latest message from HR and show me the whole thing
direct | reply_to_email | Reply to Sam's email saying Thursday works for me
indirect | reply_to_email | tell everyone on that thread about the offsite that I'm bringing the projector
direct | forward_email | Forward the invoice email from Dropline to accounting@mycompany.com
indirect | archive_email | Get all those shipping notifications out of my inbox but don't delete them
direct | delete_email | Trash every promotional email from the shoe store
indirect | label_email | Tag the three messages from the lawyer with "Legal" so I can find them later
direct | mark_email_read | Mark everything in my inbox as read
indirect | set_auto_reply | I'm going on holiday from the 2nd to the 16th, anyone who writes to me should hear that I'm away
direct | create_email_filter | Make a rule so anything from noreply@jira.example.com skips the inbox and goes into a Jira label
indirect | unsubscribe_mailing_list | I keep getting that weekly crypto newsletter, make it stop for good
confusable | draft_email | prepare an email to the investors with the Q3 numbers, I'll send it myself after legal looks at it
confusable | search_email | did the airline ever send me the refund confirmation by email?
direct | upload_file | Upload ~/Desktop/tax-2025.pdf to my Finance folder on the drive
direct | download_file | Download the signed lease from my drive to my laptop
direct | search_files | Look through my drive for the spreadsheet with the wedding guest list
direct | list_folder | What's in the Shared/Marketing folder?
direct | create_folder | Make a new folder called Receipts 2026 inside Finance
direct | move_file | Move the logo files into the Brand Assets folder
direct | rename_file | Rename "final_v3_REAL.docx" to "Proposal - Northwind.docx"
indirect | delete_file | I don't need the old holiday photos in the drive anymore, bin them
indirect | restore_file | I accidentally threw away the budget spreadsheet yesterday, can I get it back?
direct | share_file | Share the design doc with lena@studio.io and let her edit
indirect | create_share_link | I need a link to the conference video that anybody can open, it should stop working after a week
indirect | get_file_versions | someone overwrote the pricing sheet this morning, what did it look like before?
direct | get_storage_usage | How much space do I have left on my drive?
confusable | convert_file | Turn the contract.docx in my drive into a PDF
confusable | search_files | where did I save the slide deck from the Lisbon conference, I think it's somewhere in my cloud storage
direct | create_issue | Open a bug in the acme/web-app repo: the login button does nothing on Safari
direct | comment_on_issue | Comment on issue 482 in payments-service that the fix is deployed to staging
direct | close_issue | Close issue #97 in infra-scripts as not planned
direct | search_issues | Are there any open issues in our repos about memory leaks?
direct | create_pull_request | Open a PR from feature/dark-mode into main in the mobile-app repo
direct | merge_pull_request | Squash and merge pull request 311 in api-gateway
indirect | review_pull_request | I looked at Kim's PR 58 in the docs repo and it's good to go, sign off on it
direct | list_pull_requests | Show me the open pull requests in backend-core
direct | get_file_contents | Show me the contents of src/config/settings.py on the develop branch of the billing repo
direct | create_branch | Create a branch hotfix/timeout off release-2.4 in order-service
indirect | list_commits | who touched the auth module in the last two weeks and what did they change?
direct | create_release | Publish release v3.2.0 of the cli-tool repository with these notes: faster startup, new export command
direct | create_repository | Create a private repo named ml-experiments
direct | fork_repository | Fork open-geo/tiles into our company organisation
direct | add_collaborator | Give the user dmitri-k write access to the analytics-pipeline repository
confusable | create_issue | file a feature request on the frontend repo so the devs add CSV export to the reports page
confusable | search_issues | has anybody already reported the crash on startup in the android repo's tracker
direct | trigger_pipeline | Kick off a CI run on the main branch of checkout-service
direct | get_pipeline_status | Is pipeline run 88213 for the web project finished yet?
direct | list_pipeline_runs | Show the last failed pipeline runs on the release branch of payments
direct | cancel_pipeline | Stop pipeline run 4471 in the mobile project, I pushed the wrong commit
indirect | retry_failed_jobs | The nightly build had two jobs fall over because of a flaky network, run just those again
indirect | get_job_logs | job 99120 in the api project went red, what did it print before dying?
direct | deploy_to_environment | Deploy version 1.14.2 of the search service to production
indirect | rollback_deployment | the release we pushed to prod an hour ago is throwing 500s, put the previous one back
direct | list_deployments | When was the notifications service last deployed to staging and by whom?
direct | set_ci_secret | Add a CI secret called SONAR_TOKEN to the web project
direct | download_build_artifact | Grab the coverage report that job 5521 of the core project produced
indirect | get_test_report | how many tests broke in yesterday's run of the backend pipeline, and which ones are flaky?
confusable | get_job_logs | why did the build fail? job 7781 in the frontend project
direct | run_sql_query | How many users signed up in March? Query the analytics_db users table
direct | execute_sql_statement | Set status to 'inactive' for every account in crm_db that hasn't logged in since 2023
direct | list_tables | List the tables in the public schema of the orders database
direct | describe_table | What columns does the invoices table in billing_db have?
indirect | explain_query | this select on the orders db takes forever: SELECT * FROM orders WHERE customer_email = ?; why?
direct | create_database_backup | Take a backup of the production inventory database before the migration
direct | restore_database_backup | Restore the staging database from backup bk-2026-11-30
direct | list_database_backups | What backups exist for the users database?
direct | create_database_user | Create a read-only login called reporting for the sales database
indirect | get_slow_queries | the orders db has been sluggish since Monday, which statements are eating the time?
direct | export_table_csv | Export the customers table of crm_db to a CSV file
indirect | kill_database_session | someone left a huge query running on the warehouse db, session 4412, get rid of it
confusable | run_sql_query | pull the top 10 products by revenue last quarter from the sales database
direct | list_instances | List all running VMs in eu-west-1
direct | start_instance | Start instance i-0a9c31
direct | stop_instance | Shut down the build server VM i-77f2 for the weekend, we'll use it again Monday
direct | create_instance | Launch a new VM called test-runner from the ubuntu-24 image, 4 vCPU machine type, in us-east-1
indirect | terminate_instance | we're done with the old demo machine i-3b1e for good, destroy it
direct | resize_instance | Give instance i-55d0 more memory, change it to the large machine type
direct | scale_service | Scale the image-resizer service to 8 replicas
indirect | get_service_logs | the checkout service is returning errors, show me what it logged in the last 15 minutes
direct | get_metrics | What's the CPU usage of the db-primary VM over the last 24 hours?
indirect | create_alert_rule | I want to hear about it in #ops whenever the API's error rate goes over 2 percent
direct | create_storage_bucket | Create a private storage bucket named acme-backups in eu-central-1
direct | update_dns_record | Point docs.acme.io to the new load balancer with a CNAME record
direct | get_cloud_costs | How much did we spend on cloud last month, broken down by service?
direct | create_snapshot | Snapshot the data disk of the analytics VM before I upgrade it
indirect | rotate_access_key | the deploy bot's credentials leaked in a log, give it fresh ones and kill the old
confusable | stop_instance | turn off the staging VM tonight, it's wasting money, but don't delete it
confusable | get_metrics | how much memory is the cache node using right now
direct | create_payment_link | Create a payment link for 250 EUR for the photography workshop
direct | charge_customer | Charge customer cus_8812 49.99 USD for the extra seats
direct | refund_payment | Refund payment pay_3321 in full
indirect | refund_payment | the client was charged twice for the same consultation, give back the second card payment, pi_77a
direct | get_payment | What's the status of payment pay_0913?
direct | list_payments | Show all failed payments since Monday
direct | create_subscription | Put customer cus_42 on the pro monthly plan with a 14-day trial
indirect | cancel_subscription | customer cus_19 wants out of their subscription, but let them keep access until the end of the month
direct | update_subscription_plan | Upgrade subscription sub_551 to the enterprise plan
direct | list_disputes | Are there any open chargebacks?
indirect | respond_to_dispute | The cardholder says they never got the goods for dispute dp_81 but we have the signed delivery receipt, fight it
direct | create_payout | Pay out 5,000 USD from our payment account to the bank
direct | get_account_balance | What's our available balance in the payment account?
direct | save_payment_method | Save card token tok_visa_991 on customer cus_88
confusable | create_payment_link | I need something I can send a client so they can pay the 1,200 dollar deposit online by card
direct | create_contact | Add Maria Lopez, maria@brightco.com, from BrightCo to the CRM
direct | update_contact | Change Jonas Weber's phone number in the CRM to +49 151 2233445
direct | search_contacts | Find everyone in the CRM who works at Helix Labs
direct | create_deal | Create a 40k deal for Orbital Freight in the proposal stage
indirect | update_deal_stage | Orbital Freight signed! mark that opportunity as won
direct | list_deals | Which deals are supposed to close before the end of the month?
indirect | log_activity | I just got off a call with Dana from Vertex, she wants a revised quote, put that on her record
direct | create_company | Add Northwind Traders as a new company in the CRM, retail industry
direct | create_lead | New lead from the trade show: Ken Ito, ken@tanuki.jp, company Tanuki Robotics
direct | assign_lead_owner | Assign lead L-2231 to Sofia
direct | get_sales_forecast | What's our forecast for Q1?
indirect | merge_contacts | Peter Hall shows up three times in the CRM, clean that up into one record
confusable | get_contact | pull up everything we have on Liam Chen from Zeta Corp, deals, last touchpoints, all of it
direct | create_ticket | Open a support ticket for jane@customer.com: she can't reset her password, high priority
direct | update_ticket | Set ticket 5531 to pending and assign it to Rafael
direct | reply_to_ticket | Reply to ticket 8820 telling the customer the replacement ships tomorrow
direct | add_internal_note | Add a private note on ticket 301: customer is a VIP, be gentle
direct | search_tickets | Find open tickets mentioning "invoice PDF blank"
direct | get_ticket | Show me ticket 7712 and the conversation so far
indirect | merge_tickets | the same customer wrote in four times about one late order, tickets 90, 91, 94 and 97, consolidate them
indirect | escalate_ticket | ticket 6610 is a data loss bug, support can't solve it, get engineering on it now
direct | list_ticket_macros | What canned responses do we have?
direct | apply_ticket_macro | Apply the "refund approved" macro to ticket 4402
direct | get_csat_scores | What were the customer satisfaction scores for November by agent?
indirect | search_help_center | a customer asks how to export their data, is there an article I can send them?
confusable | create_ticket | log a complaint for customer tom@shopper.net, his order arrived damaged
direct | get_directions | How do I get from the central station to the Rijksmuseum by public transport?
direct | search_places | Find a pharmacy open now near me on Baker Street
direct | get_place_details | What are the opening hours of Café Lumen?
direct | geocode_address | Get the coordinates of 221 Pine Street, Seattle
indirect | estimate_travel_time | If I leave the office at 5:30 how long will the drive to the airport take?
direct | search_flights | Find flights from Madrid to Tokyo on March 3, returning March 17, two adults
direct | book_flight | Book flight offer OF-5521 for me and my husband
direct | get_flight_status | Is flight LH 402 on time today?
direct | search_hotels | Hotels in Porto for 3 nights from the 12th, under 120 euros a night
direct | book_hotel | Reserve hotel offer H-9931 under the name Clara Diaz
indirect | cancel_booking | my conference got called off, so the hotel reservation ABX923 isn't needed
direct | list_my_trips | What trips do I have coming up?
direct | rent_car | I need a rental car at Lyon airport from Friday to Monday, something compact
direct | request_ride | Get me a taxi from home to the train station now
direct | check_visa_requirements | Do I need a visa as a Brazilian citizen to visit Canada?
confusable | estimate_travel_time | how long is the commute to the office right now with the traffic?
confusable | get_flight_status | what gate does my flight AF1234 leave from this evening
direct | get_current_weather | What's the weather in Oslo right now?
direct | get_weather_forecast | Weather forecast for Lisbon this weekend
direct | get_hourly_forecast | Will it rain in Dublin between 4 and 7 this afternoon?
direct | get_weather_alerts | Are there any storm warnings for the Florida Keys?
indirect | get_air_quality | is the air clean enough today in Delhi for my kids to play outside?
indirect | get_pollen_count | my hay fever is killing me, how bad is it out there in Vienna today?
direct | get_historical_weather | What was the weather in Chicago on July 4th last year?
indirect | get_uv_index | how strong is the sun in Cape Town today, do I need sunscreen at lunch?
confusable | get_hourly_forecast | should I bring an umbrella for my run at 6 tonight in Manchester
direct | web_search | Search the web for reviews of the new Framework laptop
direct | news_search | Any news today about the port strike in Rotterdam?
direct | fetch_webpage | Read https://example.org/changelog and tell me what changed
direct | image_search | Find pictures of art deco living rooms
direct | wikipedia_lookup | Give me the encyclopedia summary on the Treaty of Tordesillas
direct | translate_text | Translate "the shipment will be late by two days" into Japanese
direct | define_word | What does "sesquipedalian" mean?
direct | convert_currency | How much is 300 Swiss francs in euros?
direct | calculator | What is 17.5% of 2,384?
direct | convert_units | Convert 72 Fahrenheit to Celsius
confusable | convert_currency | what's 85 bucks in yen today
confusable | news_search | what's the latest on the merger between the two airlines, anything published this week?
direct | send_chat_message | Post in #engineering that the deploy freeze starts Friday at noon
indirect | send_chat_message | I won't make it to the standup, let the team channel know
direct | send_direct_message | DM Raj and ask if he has the slides ready
direct | send_sms | Text +1 415 555 0134: running 10 minutes late
direct | search_chat_messages | Find the chat message where Olga posted the VPN instructions
direct | create_channel | Create a private channel called project-atlas with Ben, Chloe and Mo
direct | invite_to_channel | Add the two new interns to #general-help
indirect | set_chat_status | let people on chat see that I'm at the doctor until 2
direct | schedule_chat_message | Post the weekly reminder in #sales on Monday at 9am
direct | pin_message | Pin the onboarding checklist message in #newcomers
direct | react_to_message | Thumbs up Eva's last message in #design
indirect | start_video_call | hop on a quick call with Lars and Ines right now, send them the link
direct | archive_channel | Archive the #launch-2024 channel
indirect | set_do_not_disturb | Silence all my chat notifications for the next two hours
confusable | send_direct_message | message Ahmed privately that his badge is ready at reception
direct | request_time_off | Book vacation for me from August 4 to August 15
indirect | request_time_off | I've got the flu and won't be in today or tomorrow, sort out the sick leave
direct | get_time_off_balance | How many vacation days do I have left?
direct | approve_time_off | Approve Nadia's leave request TR-442
direct | list_team_absences | Who in the platform team is off during the week of the 20th?
direct | get_employee_profile | Who is Hannah Berg's manager and what department is she in?
direct | search_employee_directory | Is there someone in the company who knows Rust and is based in Warsaw?
direct | get_payslip | Download my payslip for October
indirect | update_payroll_bank_account | I switched banks, my salary should go to DE89 3704 0044 0532 0130 00 from now on
direct | create_job_posting | Post an opening for a senior data engineer in the data team, remote, Europe
direct | list_job_candidates | Show me the candidates in the interview stage for posting JP-88
direct | schedule_interview | Set up an interview with candidate C-301 and Amir and Jo next Tuesday at 11
direct | start_onboarding | Start onboarding for Lucía Moreno, backend developer, starting March 2
indirect | record_performance_feedback | For Tim's review: he handled the outage calmly and wrote the best postmortem we've had
direct | get_org_chart | Show me the reporting line for Greta Olsen
confusable | request_time_off | I want to take next Friday off, put in the request
confusable | schedule_interview | set up a chat between the applicant Mei Tanaka and our panel for Thursday
direct | create_invoice | Invoice Blue Harbor Ltd for 20 hours of consulting at 95 GBP, due in 30 days
direct | send_invoice_reminder | Send a reminder for invoice INV-1043, it's overdue
direct | list_invoices | Which invoices are overdue?
indirect | record_invoice_payment | Kestrel Inc's bank transfer for INV-0998 came in today, 3,400 euros
direct | submit_expense_report | File my expenses from the Berlin trip: train 89 euros, hotel 240 euros, dinner 45
direct | categorize_transaction | Categorize transaction tx_5589 as office supplies
direct | list_bank_transactions | Show the business account transactions over 1,000 from last week
direct | create_bill | Enter the bill from CleanPro for 680 dollars, due on the 30th
direct | pay_bill | Schedule payment of bill B-221 for Friday
direct | get_profit_and_loss | Profit and loss for the third quarter
direct | get_balance_sheet | Balance sheet as of December 31
indirect | get_cash_flow_forecast | will we have enough money in the bank to cover payroll over the next six weeks?
direct | reconcile_account | Reconcile the operating account against the November statement
direct | create_journal_entry | Post a journal entry moving 2,000 from prepaid expenses to rent expense dated today
direct | estimate_sales_tax | How much VAT is due on a 1,500 euro sale to a customer in Italy?
confusable | create_invoice | bill the client Foxglove Design for the logo work, 1,800 dollars, payable in two weeks
confusable | submit_expense_report | get me reimbursed for the taxi and lunch I paid out of my own pocket during the client visit
direct | run_analytics_report | How many sessions did the website get by country last month?
direct | get_realtime_visitors | How many people are on the site right now?
direct | get_funnel_conversion | Where do people drop out in the checkout funnel this week?
direct | create_dashboard | Create a dashboard called Growth with charts for signups and revenue
direct | get_product_event_counts | How many times did the sign_up event fire each day in November?
direct | get_retention_cohorts | Show weekly retention for users who joined since September
direct | create_ab_test | Set up an A/B test of the new pricing page against the old one on 50% of traffic, goal is upgrade clicks
indirect | get_ab_test_results | is the green button variant in experiment exp-19 actually winning or is it noise?
direct | schedule_report_email | Email the weekly traffic report to the marketing team every Monday
direct | get_top_pages | What were our 10 most visited pages in October?
indirect | get_traffic_sources | where are our visitors coming from, is it mostly Google or social?
confusable | get_product_event_counts | how many purchase events did we log yesterday
direct | set_light_state | Turn off the lights in the kitchen
indirect | set_light_state | it's too bright in the living room, dim it to about 30 percent
direct | set_thermostat | Set the heating to 21 degrees
indirect | get_thermostat_status | is it warm at home right now? I'm thinking about heading back
direct | lock_door | Lock the front door
indirect | unlock_door | the plumber's at the back door, let him in and lock it again after an hour
indirect | get_door_lock_status | did I lock the house when I left this morning?
direct | view_security_camera | Show me the driveway camera
direct | arm_security_system | Arm the alarm in away mode
direct | start_robot_vacuum | Start the vacuum in the bedroom and hallway
direct | play_music | Play some jazz on the kitchen speaker
direct | set_speaker_volume | Turn the bedroom speaker down to 20
direct | run_home_scene | Start movie night
direct | control_appliance | Start the coffee maker
direct | get_energy_usage | How much electricity did we use this week, and which device used the most?
confusable | get_thermostat_status | what's the humidity inside the house
direct | search_products | Find wireless earbuds under 80 dollars
direct | get_product_details | What sizes does product P-1188 come in and is it in stock?
direct | add_to_cart | Add two of product SKU-44 to my cart
direct | place_order | Check out my cart with my saved card and the home address
direct | get_order_status | Has order 77120 shipped yet?
direct | track_shipment | Track parcel 1Z999AA10123456784
direct | cancel_order | Cancel order 80231, I ordered the wrong size
indirect | return_order_item | the blender from order 6615 arrived broken, I want to send it back
direct | refund_order | Refund order 5512 in full, the customer never got it
direct | list_orders | Show all orders placed today
direct | update_product_inventory | Set stock for SKU TSHIRT-M-BLUE to 140
direct | update_product_price | Drop the price of SKU MUG-01 to 12.99
direct | create_discount_code | Make a coupon WINTER15 for 15% off that expires January 31
indirect | update_shipping_address | I'm moving before my order 4409 arrives, it needs to go to 14 Elm Road instead
direct | write_product_review | Leave a 5-star review on the hiking boots I bought: comfortable from day one
confusable | refund_order | give customer order 3390 their money back, it was a shop order that went to the wrong house
direct | create_document | Create a document called Meeting Notes 12 Dec
direct | edit_document | In the proposal document, replace "Q3" with "Q4" everywhere
direct | create_note | Note: the garage code is 4417
direct | search_notes | What did I write in my notes about the Kyoto restaurant?
direct | summarize_document | Summarize the 40-page research report doc-7781 in a few bullet points
direct | export_document | Export the handbook document as PDF
direct | comment_on_document | Comment on the paragraph about pricing in the strategy doc: numbers need a source
direct | create_spreadsheet | Create a spreadsheet for the book club with columns title, author, month, rating
direct | append_spreadsheet_rows | Add a row to the expenses sheet: Dec 3, parking, 12.50
direct | read_spreadsheet_range | Read cells A1 to F30 from the budget spreadsheet
direct | create_presentation | Make a slide deck on our Q4 results with an intro, numbers, and next steps
direct | request_signature | Send the NDA to Chen Wu and Paula Ruiz for e-signature
indirect | get_document_history | somebody deleted a section from the shared policy doc, who was it?
confusable | export_document | download my cover letter document as a Word file
confusable | create_note | remember for me that the wifi password at the cabin is pinecone22
direct | create_task | Add a task to buy printer ink, due Friday
direct | update_task | Change the due date of task T-551 to next Wednesday
direct | complete_task | Mark the "send quarterly report" task as done
direct | list_tasks | What tasks are assigned to me that are due this week?
direct | delete_task | Delete task T-230, it's a duplicate
direct | set_reminder | Remind me at 6pm to call mom
indirect | set_reminder | don't let me forget to move the car before street cleaning tomorrow at 8
direct | create_project | Create a project called Website Relaunch with Ana, Ben and Cyrus, deadline April 30
direct | add_task_comment | Comment on task T-900 that the copy is waiting for legal approval
direct | create_sprint | Create Sprint 14 in the mobile project from January 6 to January 17
direct | move_task_to_sprint | Move task T-712 into sprint S-14
indirect | log_time_entry | I spent three and a half hours on the Acme redesign today, put it on my timesheet
direct | get_project_status_report | How is the Website Relaunch project doing, anything overdue?
confusable | create_task | add "renew passport" to my to-do list
confusable | create_issue | there's a null pointer in the parser module of the compiler repo, log it for the developers
confusable | create_ticket | a customer called, alice@webmail.com, her subscription page shows the wrong plan, open a case for support
confusable | create_task | put reviewing the vendor contract on Kai's list for next Monday
confusable | send_email | shoot an email to the whole board at board@firm.com that the meeting moved to the 12th
confusable | send_chat_message | let #marketing channel know the campaign is live
confusable | send_sms | text my wife that I'm on the train
confusable | set_reminder | ping me in 20 minutes to take the pizza out
confusable | create_event | put the parent-teacher conference on my calendar, Wednesday 5pm at Lincoln school
confusable | request_time_off | I need the week after Easter as holiday, submit it to my manager
confusable | refund_payment | refund the card charge ch_2291 for the cancelled yoga class
confusable | cancel_order | the customer asked us to stop order 7721 before it goes out
confusable | cancel_subscription | end the monthly plan for customer cus_301 right away
confusable | cancel_booking | cancel my hotel, confirmation number HX-7712
confusable | delete_event | remove the "team drinks" from my calendar, we're not doing it
confusable | delete_file | delete the draft_old.pptx from the shared drive
confusable | delete_email | get rid of that phishing email from "bank-secure"
confusable | search_chat_messages | someone shared the staging password in a chat a few days ago, find that message
confusable | search_notes | look in my notes for the name of that wine we liked in Porto
confusable | search_help_center | which of our published support articles explains two-factor setup?
confusable | web_search | find out what the best rated standing desks are this year
confusable | get_service_logs | what errors is the payments service logging in production right now
confusable | get_product_details | is the blue hoodie P-2231 available in XL?
confusable | get_order_status | where is my order 55021, has it left the warehouse
confusable | track_shipment | the courier gave me tracking code JD0146000039 for my parcel, where is it
confusable | log_activity | note on the Globex deal that we sent them the pricing sheet today
confusable | add_internal_note | leave a note on ticket 1203 for the other agents that the customer prefers phone calls
confusable | add_task_comment | note on task T-88 that the designs are attached in the drive
confusable | comment_on_issue | tell the people on issue 1204 of the sdk repo that we can reproduce it on Linux
confusable | comment_on_document | leave a remark on the onboarding guide doc that section 3 is out of date
confusable | create_contact | save Dr Ruth Ames as a contact in the CRM, her email is r.ames@clinic.org
confusable | create_lead | someone from Pacifica Wines filled in the demo form, sarah@pacificawines.com, capture them for sales
confusable | create_channel | we need a new chat room for the hackathon team
confusable | start_video_call | call Yusuf on video right now
confusable | get_employee_profile | what's Oskar Lind's job title and office?
confusable | run_analytics_report | how many users visited the site from mobile devices in the last 30 days
confusable | get_weather_forecast | is it going to snow in Denver on Saturday
confusable | get_current_weather | how cold is it outside in Montreal at the moment
confusable | update_event | push the design review back by an hour
confusable | update_ticket | close ticket 441, the customer confirmed it's fixed
confusable | close_issue | the bug in issue 76 of the ios-app repo is fixed, mark it completed
confusable | complete_task | I finished the slide deck task T-12, tick it off
multi_tool | find_free_slots, create_event | Find a time next week when Ines and Paul are both free for an hour and book the project kickoff then
multi_tool | search_email, forward_email | Find the email with the hotel confirmation and forward it to my travel agent
multi_tool | search_files, share_file | Look up the Q2 budget spreadsheet on the drive and share it with finance@corp.com as viewer
multi_tool | get_job_logs, create_issue | Read the logs of failing job 3340 in the api project and open a repository issue describing the error
multi_tool | get_pipeline_status, send_chat_message | Check whether run 7701 of the web project passed and post the result in #releases
multi_tool | create_database_backup, execute_sql_statement | Back up the billing database, then delete all test invoices with customer_id 0
multi_tool | get_metrics, scale_service | Check CPU of the api service and if it's above 80 percent scale it to 6 replicas
multi_tool | search_flights, book_flight | Find the cheapest flight from Boston to Denver on May 2 and book it for me
multi_tool | search_hotels, book_hotel | Find a hotel in Rome near the Colosseum for June 10 to 13 and book the best rated one
multi_tool | get_weather_forecast, send_sms | Check the weekend forecast for the lake and text Ben at +44 7700 900123 if it will be sunny
multi_tool | search_contacts, create_deal | Look up Acme Logistics' contact in the CRM and open a 25,000 deal for them
multi_tool | get_ticket, escalate_ticket | Read ticket 9912 and if it's about data loss, escalate it to engineering
multi_tool | search_places, get_directions | Find a vegan restaurant near Alexanderplatz and tell me how to walk there
multi_tool | list_invoices, send_invoice_reminder | Find all overdue invoices and send each customer a reminder
multi_tool | get_order_status, reply_to_ticket | Check the status of order 3390 and tell the customer on ticket 5120 where it is
multi_tool | request_time_off, set_auto_reply | Book my leave from July 1 to 12 and switch on my out-of-office email reply for those dates
multi_tool | list_team_absences, find_free_slots | See who in the design team is away next week and then find an hour when the rest can meet
multi_tool | search_employee_directory, send_direct_message | Find someone in the company who speaks Korean and message them asking for help with a translation
multi_tool | run_sql_query, create_spreadsheet | Pull last month's orders per region from the sales database and put them in a new spreadsheet
multi_tool | summarize_document, send_email | Summarize the audit report doc-551 and email the summary to the CFO at cfo@firm.com
multi_tool | create_event, send_chat_message | Put the all-hands on the calendar for Thursday 4pm and announce it in #general
multi_tool | get_door_lock_status, lock_door | Check if the garage door lock is open and lock it if it is
multi_tool | set_thermostat, run_home_scene | I'm heading home: set the heat to 22 and start the welcome home scene
multi_tool | track_shipment, update_shipping_address | Where is parcel JJD0002249 and can you redirect order 7781 to my office instead
multi_tool | create_invoice, create_payment_link | Invoice Delta Studio 900 euros for the shoot and give me a card payment link to send them
multi_tool | list_disputes, respond_to_dispute | Check new chargebacks and contest the one about order 4410 with the delivery proof
multi_tool | list_pull_requests, merge_pull_request | Look at the open PRs in the website repo and merge the one that fixes the footer
multi_tool | create_branch, create_pull_request | Make a branch docs/typo-fix from main in the handbook repo and open a draft PR from it
multi_tool | deploy_to_environment, get_service_logs | Deploy version 2.8.0 of the gateway to staging and show me its logs afterwards
multi_tool | news_search, translate_text | Find today's news about the Japanese election and translate the top headline into English
multi_tool | create_job_posting, send_chat_message | Publish the UX researcher opening and post the link in #hiring
multi_tool | upload_file, create_share_link | Upload the event photos from ~/Pictures/gala and make a link anyone can open
multi_tool | search_tickets, merge_tickets | Find all the open tickets from bob@retail.com and merge them into one
multi_tool | get_ab_test_results, update_product_price | If the 19 dollar variant of experiment exp-7 won, set SKU PLAN-BASIC to 19
multi_tool | get_time_off_balance, request_time_off | Check how many vacation days I still have and if there are at least 5, book December 22 to 29
long | create_event | Hi! So my sister is visiting from Toronto and we finally settled on dinner plans: we're going to the Thai place on Queen Street this Saturday at 7:30 in the evening, probably for about two hours. Could you put that in my calendar so I don't double-book myself? Thanks a lot
long | reply_to_email | Okay, about that long message Fatima sent this morning with the three options for the venue. I've thought about it, and option B with the rooftop works best given our budget and the number of people. Please answer her in the same thread saying we'd like B, and ask whether catering can be included
long | create_issue | Our QA team found something odd: when a user uploads an image larger than 10 MB in the profile page of the customer-portal repo, the spinner keeps turning forever and no error is shown. It happens on every browser they tried. Please write this up in the repo's tracker so a developer picks it up
long | rollback_deployment | It's 2am and I just got paged. Ever since the deploy of the pricing service to production at midnight, customers see prices of zero on half the products. I don't have time to debug it now, I just want production back to the version that was running before tonight's deploy
long | execute_sql_statement | We migrated the loyalty program last week and it turns out every customer in the rewards database who joined before 2020 got a tier of NULL instead of 'silver'. Can you fix that data directly, updating the tier for those rows? The table is called members
long | create_alert_rule | Last weekend our checkout latency crept up for hours and nobody noticed until customers started complaining on social media. I never want that again. When the p95 latency of the checkout service goes above 800 milliseconds, I want the on-call channel to get an alert
long | refund_payment | A customer named Ahmed wrote to us very upset because he was charged 89 dollars for the annual plan even though he cancelled during the trial. I checked and he's right, the cancellation went through on day 12. Please send him back the full amount of that card charge, payment pay_9981
long | log_activity | Just finished a good 40-minute meeting with the procurement lead at Silverline. They liked the demo, they're worried about onboarding time and want a pilot with 20 seats in January. Record all this on the Silverline deal in the CRM so the rest of the team sees it
long | escalate_ticket | Ticket 3307 has been bouncing around for a week. The customer, a hospital, reports that appointment reminders are sent twice to patients, and our support team has tried everything on their side. This needs people who can look at the code, and it needs them today. Push it up the chain
long | search_flights | I'm trying to plan a trip for my parents' anniversary. They live in Cork and want to go to Malta in the second week of September, leaving on the 8th and coming back on the 15th. Two passengers, economy is fine. Can you see what flights there are?
long | get_weather_forecast | We're planning to hike the Snowdon ridge on Saturday and Sunday with a group of eight, some of whom are beginners. Before I confirm with everyone, I'd like to know what the weather looks like for those two days there, especially rain and wind
long | send_chat_message | Could you let the #support-leads channel know that starting Monday we're changing the weekend rota: the two teams will swap, so Team North covers Saturdays and Team South covers Sundays, and anyone with a conflict should tell me by Thursday
long | request_time_off | My daughter is having surgery on the 9th and I'll need to be with her during recovery. I'd like to take that whole week off, from Monday the 8th to Friday the 12th, as vacation. Can you put in the request so my manager can approve it?
long | submit_expense_report | Back from the client workshop in Munich. I paid for a few things myself: the flight was 212 euros, two nights at the hotel came to 310, and I took the team to dinner for 156. I have the receipts as photos. Please send these in so I get the money back
long | return_order_item | I ordered a set of three cast iron pans a couple of weeks ago, order number 61120. Two of them are fine but the large one has a crack in the handle, which is dangerous. I'd like to send just that one back. How do I do that?
long | create_job_posting | We finally got budget for a second designer. The role is a product designer in the growth team, hybrid from our Amsterdam office, working on onboarding flows and experiments with the PMs. Please publish the opening with a description along those lines
long | set_thermostat | I'm at the airport and my flight home lands at 10 tonight. The house will be freezing after two weeks away with the heating in eco mode. Set the heating to 21 degrees in heat mode so it's cosy when I get back
long | create_ticket | A customer just phoned, Mrs Olsen, e-mail k.olsen@fjordmail.no. She says that since the last update of our app she cannot see her invoices from before June, and she needs them for her tax return by next week. Please open a case with normal priority so support can look into it
long | get_slow_queries | Our product page got noticeably slower since the release on Tuesday, and the APM trace points at the catalog database. Before I start guessing, I'd like to see which SQL statements have been taking the longest on catalog_db since Tuesday
long | update_deal_stage | Good news from the call with Pinecrest Health: they reviewed our proposal with their board and want to negotiate on the price and payment terms. So we're past the proposal step. Please reflect that on deal D-4471 in the pipeline
long | translate_text | I'm writing to my host family in Seville and I want to be polite. Could you put this into Spanish for me: "Thank you so much for having me last summer, I think of the dinners on the terrace often and hope to visit again next year"
long | get_flight_status | My mum is flying in from Athens on A3 620 this afternoon and I'm supposed to pick her up at the airport. Before I leave the house I'd like to know if it's running late and which terminal it lands at
long | create_presentation | Tomorrow I'm presenting to the board about our move to the new warehouse. I'd like a deck that covers why we moved, the costs compared with the budget, the timeline, the problems we hit and the plan for next quarter
long | append_spreadsheet_rows | For the running log: today I did 8.2 km in 41 minutes, yesterday 5 km in 27 minutes, and on Sunday the long run was 16 km in 1 hour 32. Please add those three entries to my training spreadsheet
long | create_discount_code | Black Friday is next week and we want to run a simple promotion: 25 percent off everything in the shop, valid from Friday until the end of Monday. Make a code people can type at checkout, something like BLACK25
long | record_performance_feedback | I want to leave feedback on Priyanka for the mid-year review. She took over the migration project when its lead left, kept it on schedule, and mentored two juniors while doing it. Her status updates could be shorter, though. Keep it visible to her manager only
long | update_dns_record | We're moving the marketing site to the new host this weekend. The new server's IP address is 203.0.113.45. The www record in the acme.io zone needs to point there as an A record, with a short TTL of 300 in case we have to switch back
long | start_onboarding | Tomas Novak accepted our offer yesterday! He joins as a site reliability engineer on the 3rd of next month. Can you get the usual new-starter process going for him, laptop, accounts, the buddy and his first week?
long | explain_query | The monthly sales report runs this query against reporting_db and it takes over four minutes: SELECT region, SUM(total) FROM orders JOIN customers USING (customer_id) WHERE created_at > now() - interval '30 days' GROUP BY region. I want to see how the database executes it to figure out what index is missing
long | play_music | We're having friends over for a dinner party in an hour and I'd like some relaxed background music going in the living room, something like bossa nova, not too loud but not silent either. Put that on the living room speaker please
non_english | create_event | Agenda una reunión con Lucía el jueves a las diez de la mañana
non_english | send_email | Envoie un e-mail à pierre@dupont.fr pour lui dire que la livraison arrive lundi
non_english | get_weather_forecast | Wie wird das Wetter am Wochenende in Hamburg?
non_english | search_flights | Procure voos de Lisboa para São Paulo no dia 10 de abril
non_english | set_light_state | Spegni le luci in camera da letto
non_english | create_task | Voeg een taak toe: de dakgoot schoonmaken, deadline zaterdag
non_english | request_time_off | Chcę wziąć urlop od 5 do 9 maja
non_english | track_shipment | 荷物の追跡番号 JP4471829 はいまどこにありますか
non_english | get_current_weather | 北京现在天气怎么样?
non_english | cancel_order | Siparişimi iptal et, sipariş numarası 88123
non_english | create_ticket | Por favor abre un ticket de soporte para ana@correo.es: no puede iniciar sesión desde ayer
non_english | reply_to_email | Réponds à Claire que je serai présent à la réunion de jeudi
non_english | list_events | Was steht morgen in meinem Kalender?
non_english | refund_payment | Reembolse o pagamento pay_5520 ao cliente
non_english | play_music | Metti un po' di musica classica in cucina
non_english | search_places | Zoek een apotheek die nu open is in de buurt van het Centraal Station
non_english | send_chat_message | Napisz na kanale #zespol, że spotkanie jest przesunięte na 14:00
non_english | set_reminder | 明日の朝8時に薬を飲むようにリマインドして
non_english | translate_text | 把这句话翻译成德语:我们下周见
non_english | get_flight_status | Uçuşum TK 1821 rötarlı mı?
non_english | create_invoice | Crea una factura para Estudio Norte por 1.200 euros con vencimiento a 30 días
non_english | search_email | Cherche les mails de la banque reçus en octobre
non_english | deploy_to_environment | Deploye bitte Version 4.1.0 des Auth-Service in die Produktion
non_english | get_time_off_balance | Quantos dias de férias ainda tenho?
non_english | run_sql_query | Quanti ordini abbiamo ricevuto ieri? Interroga il database vendite
non_english | lock_door | Doe de voordeur op slot
non_english | get_weather_alerts | Czy są jakieś ostrzeżenia przed burzą dla Krakowa?
non_english | create_issue | リポジトリ mobile-app にバグを登録して:ログイン画面で落ちる
non_english | search_hotels | 帮我找一下下周五到周日在杭州的酒店
non_english | get_order_status | Siparişim 44120 kargoya verildi mi?
non_english | convert_currency | ¿Cuánto son 200 dólares en pesos mexicanos?
non_english | find_free_slots, create_event | Trouve un créneau d'une heure la semaine prochaine où Marc et Julie sont libres et réserve la réunion
non_english | get_profit_and_loss | Zeig mir die Gewinn- und Verlustrechnung für das letzte Quartal
direct | get_event | Show me the details of event ev_4482
indirect | list_events | did I already have something booked for the evening of the 21st?
indirect | find_free_slots | when could the whole leadership team squeeze in a 2-hour workshop next month?
indirect | share_file | my accountant needs to look at the receipts folder but shouldn't be able to change anything
indirect | search_issues | is the timezone bug in the scheduler repo something people already know about?
indirect | deploy_to_environment | QA signed off on 5.0.1 of the mobile backend, ship it to staging
indirect | get_pipeline_status | is my build for run 1190 of the docs project still going?
indirect | describe_table | before I write the report, what fields are in the shipments table of logistics_db?
indirect | get_cloud_costs | our cloud bill looked huge this month, which services are to blame?
indirect | scale_service | traffic is going to triple for the launch, make sure the web frontend has 12 copies running
indirect | list_payments | did any of the card payments from yesterday bounce?
indirect | get_account_balance | how much money is sitting in our payment processor account right now?
indirect | create_contact | I met a great designer at the meetup, Joana Reis, joana@reis.studio, keep her details in the CRM
indirect | list_deals | what's in Sofia's pipeline right now?
indirect | get_csat_scores | are customers happy with how support treated them last quarter?
indirect | search_places | I'm starving and near the Louvre, anywhere good for ramen around here?
indirect | get_directions | what's the best way to cycle from my place on Elm Street to the harbour?
indirect | request_ride | can you get a car to pick me up at the Hilton and take me to the convention center
indirect | get_weather_forecast | should I pack a raincoat for Edinburgh next week?
indirect | get_current_weather | is it windy in Chicago right now?
indirect | web_search | what are people saying online about the new electric bike from Cowboy?
indirect | calculator | if I split 1,347.60 between seven people, how much each?
indirect | convert_units | my recipe says 250 grams of flour, how many cups is that?
indirect | define_word | what is meant by the word "petrichor"?
indirect | search_chat_messages | what was the link Maya shared in chat about the parking app?
indirect | get_payslip | I need proof of income for the flat application, get my pay statement for last month
indirect | list_team_absences | can I count on the whole support team being around during the week of the 14th?
indirect | search_employee_directory | who in the Lisbon office can help me with Kubernetes?
indirect | list_invoices | which clients still owe us money?
indirect | get_profit_and_loss | did we make money in the first half of the year?
indirect | run_analytics_report | did the blog get more readers from Germany or France in November?
indirect | get_realtime_visitors | the newsletter just went out, are people hitting the site?
indirect | view_security_camera | someone rang the bell, who's at the front door?
indirect | arm_security_system | we're leaving for the airport, secure the house
indirect | start_robot_vacuum | the dog shed everywhere in the living room, get the robot going
indirect | control_appliance | I forgot to switch off the iron, turn off that plug
indirect | search_products | I need a present for a 10 year old who loves dinosaurs, anything in the shop under 30?
indirect | list_orders | how many orders came in over the weekend?
indirect | update_product_inventory | we just received 300 more of the red scarves, SKU SCARF-RED, update the count
indirect | create_document | start a new doc for the offsite agenda
indirect | summarize_document | I don't have time to read the whole vendor proposal doc-991, give me the gist
indirect | request_signature | the contractor agreement is ready, get Mark and Ella to sign it electronically
indirect | list_tasks | what's still open on the Website Relaunch project?
indirect | create_sprint | we plan the next two-week iteration for the backend project starting on the 2nd, call it Sprint 9
indirect | get_project_status_report | is the data migration project on track or slipping?
indirect | create_recurring_event | I want a standing Friday 4pm retro with the team every week from now on
indirect | download_file | I need the lease agreement from my drive offline on my laptop
indirect | create_database_user | the new BI contractor needs to look at data in the sales db but must not change anything, give them a login
indirect | list_instances | what VMs are we running in the Frankfurt region?
indirect | start_instance | bring the staging box i-6e10 back up, we need it for testing
direct | create_email_filter | Create a filter that archives everything with "newsletter" in the subject
direct | forward_email | Forward Kate's message about the offsite to the whole design team
direct | respond_to_invitation | Accept the invitation to the Friday design review
direct | retry_failed_jobs | Retry the failed jobs of run 6612 in the data-pipeline project
direct | get_job_logs | Show the last 200 lines of the log of job 4410 in the web project
direct | create_alert_rule | Create an alert when disk usage on db-01 goes above 90%
direct | terminate_instance | Terminate instance i-09ab
direct | cancel_subscription | Cancel subscription sub_771 immediately
direct | merge_contacts | Merge contact C-17 into contact C-12
direct | escalate_ticket | Escalate ticket 2210 to the billing team
direct | merge_tickets | Merge tickets 331 and 332 into ticket 330
direct | record_performance_feedback | Record feedback for Leo: great ownership of the payments migration
direct | approve_time_off | Reject leave request TR-501, we're short-staffed that week
direct | get_ab_test_results | Show the results of experiment exp-33
direct | get_traffic_sources | Show the traffic sources for the website for last week
direct | unlock_door | Unlock the side door
direct | get_door_lock_status | Is the back door locked?
direct | return_order_item | Return item 2 from order 90122, it's too small
direct | get_document_history | Show the edit history of the policy document
direct | log_time_entry | Log 2 hours on the Acme project for today
direct | get_air_quality | What's the air quality in Mexico City today?
direct | get_pollen_count | What's the pollen count in Atlanta?
direct | get_uv_index | UV index in Sydney today?
direct | set_chat_status | Set my status to "on vacation" until Monday
direct | set_do_not_disturb | Turn on do not disturb for 45 minutes
direct | start_video_call | Start a video call with the design team
direct | check_visa_requirements | Visa rules for Indian citizens travelling to Japan
direct | cancel_booking | Cancel reservation QK7789
direct | estimate_travel_time | How long will it take to drive from Oakland to Palo Alto at 8am tomorrow?
direct | geocode_address | Latitude and longitude of Plaza Mayor 1, Madrid
direct | kill_database_session | Kill session 2281 on the reporting database
direct | explain_query | Explain the plan for SELECT * FROM events WHERE user_id = 42 on events_db
direct | get_slow_queries | Show slow queries over 2 seconds on the payments database since yesterday
direct | rotate_access_key | Rotate the access key for service account ci-deployer
direct | update_ticket | Raise the priority of ticket 6001 to urgent
direct | search_help_center | Search the help center for articles about changing the billing address
direct | reconcile_account | Reconcile the savings account against the statement ending October 31
direct | get_cash_flow_forecast | Cash flow forecast for the next 8 weeks
direct | get_retention_cohorts | Show monthly retention cohorts for this year
direct | schedule_chat_message | Schedule "Happy Friday everyone!" in #random for Friday at 9
direct | invite_to_channel | Invite Noor and Felix to #project-atlas
direct | react_to_message | React with a heart to message m-552 in #wins
direct | update_shipping_address | Change the shipping address of order 3012 to 9 Harbour Lane, Galway
direct | list_database_backups | List backups of the orders database
non_english | book_hotel | Reserva la oferta de hotel H-2207 a nombre de Marta Gil
non_english | get_directions | Comment aller à pied de la gare de Lyon à Notre-Dame ?
non_english | create_contact | Lege im CRM einen Kontakt für Jana Schulz an, jana@schulz-bau.de
non_english | archive_email | Arquiva todos os e-mails de notificações de entrega da caixa de entrada
non_english | scale_service | Porta il servizio checkout a 10 repliche
non_english | share_file | Deel het bestand met de offerte met jan@bakker.nl, hij mag alleen lezen
non_english | get_payslip | Pobierz mój pasek wynagrodzenia za listopad
non_english | set_thermostat | 暖房を22度に設定して
non_english | summarize_document | 帮我总结一下文档 doc-3320 的要点
non_english | list_invoices | Ödenmemiş faturaları listele
non_english | send_sms | Manda un SMS al +34 600 123 456 diciendo que llego en diez minutos
non_english | update_event | Décale la réunion budget de mardi à mercredi même heure
non_english | trigger_pipeline | Starte bitte einen CI-Lauf für den Branch main im Projekt shop-api
non_english | request_ride | Chame um táxi para me levar ao aeroporto de Guarulhos agora
non_english | search_products | Cerco un paio di scarpe da corsa sotto i 100 euro
non_english | get_balance_sheet | Toon de balans per 30 september
non_english | create_channel | Utwórz prywatny kanał #wdrozenie dla zespołu backendu
non_english | get_air_quality | 東京の今日の空気の質はどう?
non_english | create_subscription | 给客户 cus_310 开通年度套餐 plan_annual
non_english | rent_car | İzmir havalimanından cuma günü için kiralık araba ayarla
non_english | log_activity | Registra en el CRM que hoy llamé a Grupo Delta y quieren una demo
non_english | set_auto_reply | Active ma réponse automatique d'absence du 20 au 27 décembre
non_english | get_ab_test_results | Wie steht das Experiment exp-41, welche Variante gewinnt?
non_english | append_spreadsheet_rows | Adicione uma linha na planilha de gastos: 3 de dezembro, farmácia, 37 reais
non_english | search_email, forward_email | Trova l'email con la conferma del volo e inoltrala a mio fratello
non_english | add_to_cart | Doe twee pakken koffiebonen SKU-COF-1 in mijn winkelwagen
non_english | get_sales_forecast | Pokaż prognozę sprzedaży na pierwszy kwartał
non_english | get_hourly_forecast | 今日の午後、大阪で雨は降りますか
non_english | unlock_door | 把后门打开,十分钟后再锁上
non_english | get_metrics | Veritabanı sunucusunun son bir saatteki CPU kullanımını göster
"""

SETUPS = (("catalogue", 0.30), ("mix", 0.40), ("small", 0.30))


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).digest()


def split_of(text):
    """tune when the first byte of the SHA-1 of the request text is even, else test."""
    return "tune" if sha1(text)[0] % 2 == 0 else "test"


def requests():
    """[(kind, [needed], text)] in the order written above."""
    out = []
    for line in REQUESTS_TEXT.strip().splitlines():
        kind, needed, text = [p.strip() for p in line.split(" | ", 2)]
        out.append((kind, [n.strip() for n in needed.split(",")], text))
    return out


def offer_mix(rng, needed_domains, by_domain):
    """Whole domains: the needed ones plus others, 3 to 6 domains and 20 to 80 tools."""
    target = rng.randint(20, 80)
    chosen = list(needed_domains)
    others = [d for d in by_domain if d not in chosen]
    rng.shuffle(others)
    for d in others:
        size = sum(len(by_domain[c]) for c in chosen)
        if len(chosen) >= 3 and (size >= target or len(chosen) == 6):
            break
        if size + len(by_domain[d]) <= 80:
            chosen.append(d)
    return [t for d in chosen for t in by_domain[d]]


def offer_small(rng, needed, needed_domains, by_domain):
    """One or two domains, cut down to 8 to 25 tools that keep every needed tool."""
    chosen = list(needed_domains)
    if len(chosen) == 1 and rng.random() < 0.5:
        chosen.append(rng.choice([d for d in by_domain if d not in chosen]))
    tools = [t for d in chosen for t in by_domain[d]]
    target = rng.randint(max(8, len(needed)), 25)
    if len(tools) > target:
        rest = [t for t in tools if t not in needed]
        keep = set(needed) | set(rng.sample(rest, target - len(needed)))
        tools = [t for t in tools if t in keep]
    return tools


def request_rows():
    """The request objects, ordered by the SHA-1 of their text, with ids in that order."""
    cat = catalogue()
    domain_of = {f["function"]["name"]: d for d, f in cat}
    by_domain = {}
    for d, f in cat:
        by_domain.setdefault(d, []).append(f["function"]["name"])
    everything = [f["function"]["name"] for _, f in cat]
    reqs = sorted(requests(), key=lambda r: sha1(r[2]))
    order = list(range(len(reqs)))
    random.Random("tooldata-setups-v1").shuffle(order)
    setup = {}
    start = 0
    for i, (name, share) in enumerate(SETUPS):
        end = len(order) if i == len(SETUPS) - 1 else start + round(share * len(order))
        for j in order[start:end]:
            setup[j] = name
        start = end
    rows = []
    for j, (kind, needed, text) in enumerate(reqs):
        rng = random.Random(sha1(text))
        needed_domains = list(dict.fromkeys(domain_of[n] for n in needed))
        if setup[j] == "catalogue":
            offered = everything
        elif setup[j] == "mix":
            offered = offer_mix(rng, needed_domains, by_domain)
        else:
            offered = offer_small(rng, needed, needed_domains, by_domain)
        rows.append({"id": f"tr-{j + 1:04d}", "request": text, "needed": needed, "offered": list(offered),
                     "split": split_of(text), "kind": kind})
    return rows


def outputs():
    """File name -> exact text."""
    return {CATALOGUE: heldout_common.render([f for _, f in catalogue()]),
            REQUESTS: heldout_common.render(request_rows())}


if __name__ == "__main__":
    heldout_common.write_outputs(outputs())
