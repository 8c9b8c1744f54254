<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountsModel</name>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityHeatmapView</name>
    <message>
        <source>Activity by weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: %1 · busiest: %2 %3:00–%4:00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdapterCommand</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: adapter for platform %2 with %n entities is fine</source>
        <translation>
            <numerusform>%1: adapter for platform %2 with %n entities is fine</numerusform>
            <numerusform>%1: adapter for platform %2 with %n entities is fine</numerusform>
        </translation>
    </message>
    <message>
        <source>Without --platform or --dsn only the file itself is checked; with one, every schema,
table, column and type it names is also checked against that database.
Exit status: 0 no problems, 1 problems found, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an adapter file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (checked against the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (file only; give --dsn or --platform to check the database).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdapterConversions</name>
    <message>
        <source>a number type (integer, numeric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text type (text, varchar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer, uuid or text type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamptz, timestamp or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scalar type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdapterLoader</name>
    <message>
        <source>Schema &quot;%1&quot; does not exist in this database, or holds no tables you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; does not exist in schema &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a view, not a table; records cannot be written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has no column &quot;%2&quot;. Its columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; has type %2, but conversion %3 to a canonical %4 needs %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join %1 (%2) with %3 (%4): the types do not compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is generated by the database and cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; has type %2, but conversion %3 from a canonical %4 needs %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has no column &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; of table &quot;%2&quot; must have a value (NOT NULL, no default), but nothing is written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the adapter file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; must be letters, digits and underscores, not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Zhiqiao adapter file: format is &quot;%1&quot;, expected &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version %1 is not supported; this Zhiqiao reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;entities&quot; must be an object with one entry per canonical entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entity &quot;%1&quot;; canonical entities are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entity must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;key&quot; is missing: list the column(s) that identify a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;key&quot; must be a column or a non-empty list of columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;joins&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A join must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; is used twice in this entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join type &quot;%1&quot; is unknown; use &quot;left&quot; or &quot;inner&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;on&quot; must be a non-empty list of column pairs, e.g. [[&quot;a.category_id&quot;, &quot;c.category_id&quot;]].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A join condition must be a pair of columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column reference must be a text &quot;alias.column&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column reference &quot;%1&quot; names no column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column reference &quot;%1&quot; uses alias &quot;%2&quot;, which is neither the entity&apos;s table nor one of its joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown conversion &quot;%1&quot;; known conversions are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value_map needs &quot;map&quot;: an object of value pairs, e.g. {&quot;collect&quot;: &quot;favourite&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapped value must be a text, number or true/false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of canonical field &quot;%2&quot;; allowed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical field &quot;%1&quot; is true or false, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be an object mapping canonical fields to columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for entity %2; its canonical fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required field &quot;%1&quot; of entity %2 is not mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text_path needs &quot;columns&quot;: a non-empty list of columns, root first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of &quot;column&quot; or &quot;columns&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only text_path reads several columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds_of_duration needs &quot;duration&quot;: the column holding the total seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;duration&quot; belongs to seconds_of_duration only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;map&quot; belongs to value_map only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field mapping is a column &quot;alias.column&quot; or an object with &quot;column&quot; and &quot;conversion&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion %1 cannot produce canonical field &quot;%2&quot; (a %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;write&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;children&quot; must be a list of write targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child target needs the main target to list its generated key in &quot;returning&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write target must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for entity %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;returning&quot; must be a column or a list of columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A returned column has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;columns&quot; must map each written column to a canonical field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written column takes a canonical field name or an object with &quot;field&quot; and &quot;conversion&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion %1 cannot be written back; write the underlying field instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion %1 does not fit canonical field &quot;%2&quot; (a %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdapterSession</name>
    <message>
        <source>The adapter does not match the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Key file (32 bytes, see `backup keygen`) instead of a passphrase. Without it the passphrase comes from ZHIQIAO_BACKUP_PASSPHRASE or is asked on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq connection string of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the backup FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key: give --key-file or set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the new key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key file of 32 random bytes (never overwrites).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file written: %1 (keep it apart from the backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema.table to back up (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run id recorded in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up whole tables into an encrypted backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out and at least one --table are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table wants schema.table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every chunk, every row hash and the content hash of a backup (no database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict: NOT usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows: %1  chunks: %2  content sha256: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict: intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert only rows whose primary key is absent (tables must exist); default: tables must be missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a backup, restore it in one transaction and compare every row&apos;s hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored, %2 already present, %3 mismatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(table created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict: rows differ from the backup; nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict: restored and verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupContentReader</name>
    <message>
        <source>The backup&apos;s content ends in the middle of a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s content has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s content holds a record that is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s content holds a record of an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s content holds a row outside any table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 does not match its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s content does not match its content hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s row counts do not match its end record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s content has data after its end record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupContentWriter</name>
    <message>
        <source>A row was written before its table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDumper</name>
    <message>
        <source>The table to back up does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key column to back up by does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup condition names a missing parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFileKeys</name>
    <message>
        <source>This backup was made with a passphrase, not a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made with a key file, not a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupHeader</name>
    <message>
        <source>The backup file&apos;s header is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file was written by a newer version of Zhiqiao.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupKey</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase (scrypt failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file must hold exactly 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file already exists; it is not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subkey could not be derived (HKDF failed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupReader</name>
    <message>
        <source>The backup file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is cut short inside its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Zhiqiao backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file&apos;s header is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase or key file: this backup cannot be unlocked with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file has no more data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is cut short: it ends without its final chunk (after %1 chunks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is cut short inside chunk %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is damaged or cut short: its last chunk (%1) does not authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is damaged, reordered or cut short: chunk %1 does not authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file has data after its final chunk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupRestorer</name>
    <message>
        <source>The backup could not be read to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup names a column type that is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup names a column type this database does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table in the database lacks a column the backup has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table already has rows; restore into an empty database, or insert only the missing rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only missing rows can be restored into a table with a primary key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTable</name>
    <message>
        <source>A table section of the backup is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>The backup file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanonicalNames</name>
    <message>
        <source>PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiobook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H5 (web)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelSplitView</name>
    <message>
        <source>%1: %2 of %3 events (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 orders (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events or orders in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the events and of the orders made on each channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>The chart could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliLanguage</name>
    <message>
        <source>--language needs a value: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language: unknown language &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown language &quot;%2&quot; (use one of: %3); it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>list, add, edit, remove and test saved platform connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the demo platforms (seed) and hash their content (checksum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read canonical records of an entity from a platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check an adapter file (and a database) and list every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts of every entity per platform and the overlap between platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, verify and restore encrypted backups; create key files (keygen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-check a run against the target and write the validation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a migration plan, dry-run it, run or resume it, and show run status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo a migration run on its target from its ledger and backup, and prove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `zhiqiao-cli &lt;command&gt; --help` for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: --language en|zh_CN in front of the command, else the ZHIQIAO_LANGUAGE environment
variable, else the system locale (Chinese gives zh_CN), else English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the %1 translation could not be loaded; English is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluate the recommenders offline (eval), train a model file (train), show a person&apos;s day one on a plan&apos;s target (dayone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>No saved connection is called &quot;%1&quot;. `zhiqiao-cli connection list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 (user %2 on %3): </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>created</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry-run</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounting</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolling_back</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled_back</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback-check</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback-delete</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback-restore</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback-prove</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback-cancelled</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback-failed</source>
        <comment>run status or progress phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>%1 is held by many accounts and links nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account %2 shares %3 (%4) with %5 but has a different %6. Is it the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 (sharing %3): the same person, linked by %4 on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 (sharing %3): different people, kept apart by %4 on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link these accounts into one person (recorded with your name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these accounts apart and stop asking (recorded with your name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw this decision: it is to be decided again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionCommand</name>
    <message>
        <source>[same options as add; only those given change]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords: --password-stdin stores one in the OS keychain when there is one; otherwise
ZHIQIAO_PASSWORD, libpq&apos;s PGPASSWORD or pgpass file, or a prompt on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown to people (unique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port (default 5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file for verify-ca/verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter file, or :/adapters/&lt;name&gt;.json for a built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production, staging, test or development.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply it with ZHIQIAO_PASSWORD or libpq&apos;s pgpass file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the password was not stored. %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved connection is called &quot;%1&quot;. `zhiqiao-cli connection list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved connections. Add one with `zhiqiao-cli connection add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS / USER / SSLMODE / ADAPTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: %1 (%2): PostgreSQL %3, %4, adapter &quot;%5&quot; matches, %6 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connection (edit, remove, test).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Edit connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dedao production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the saved password or libpq&apos;s pgpass file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain here: the password is kept until Zhiqiao closes. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and host name against your CA file: use it for production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (PEM) for verify-ca / verify-full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedao (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ximalaya (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adapter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the adapter file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhiqiao adapters (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection works: PostgreSQL %1, %2, adapter &quot;%3&quot; matches (%4 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <source>No platform connections yet: add one under Platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
%3
State: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: PostgreSQL %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, TLS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>An unexpected error occurred while testing the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>%1 (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection selected. Add one with &quot;Add…&quot; (Insert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 on %2, SSL mode %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1, %2, connected since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; (%2)? Its saved password is removed as well; the database itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test passed: PostgreSQL %1, %2, adapter &quot;%3&quot; matches (%4 ms).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyWriter</name>
    <message>
        <source>The demo data could not be loaded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start loading table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading table %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… %1 of %2 sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1, the latest activity on this platform; days and months in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the last full month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of net revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top items, last 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared people: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared people: connect another platform to see who is on both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared people (%1 people here, linked by e-mail or phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform is connected.
Connect a platform on the Platforms page to see its dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New users per day (last 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users per day (last 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New users per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue per month (refunds subtracted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category mix, last 24 months (% by top-level category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top items as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared people as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By net revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By buyers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>The server needs a password for this user, and none is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user does not exist on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database does not exist on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be established: the server&apos;s certificate or SSL settings do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached. Check the host name, the port and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this user to connect from this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user lacks the permission for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while committing; the outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>libpq connection string (default: libpq&apos;s PGHOST/PGPORT/... environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of people (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the demo platforms dedao and ximalaya with deterministic data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--users must be a positive integer and --seed a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 s] %2 rows (~%3%)  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elapsed %1 s, %2 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a hash of the full content of the demo platforms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo needs at least one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled; the previous data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in demo schema is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indexes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityBulkWriter</name>
    <message>
        <source>The key column %1 of %2 is not in the target database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target does not generate keys for %1.%2, so records cannot be written in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter for %1 does not say how to write entity &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity %1 has no field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are not of entity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target did not give %1 new keys for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityReader</name>
    <message>
        <source>&quot;%1&quot; is not a canonical entity; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter for %1 does not describe entity &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter for %1 has not passed the check against this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key of %1 has %n value(s).</source>
        <translation>
            <numerusform>The key of %1 has %n value.</numerusform>
            <numerusform>The key of %1 has %n values.</numerusform>
        </translation>
    </message>
    <message>
        <source>The adapter for %1 does not map %2.%3 to one column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityWriter</name>
    <message>
        <source>The adapter for %1 does not say how to write entity &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity %1 has no field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter for %1 has not passed the check against this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBannerWidget</name>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLSTATE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationTableModel</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training (s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodbooksImport</name>
    <message>
        <source>The schema %1 exists already. Import with --replace to write it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import&apos;s COMMIT may not have reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not user_id,book_id,rating (1–5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodbooksReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must name book_id, primary_genre_tag, group and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has too few fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists no books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must be the header user_id,book_id,rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not user_id,book_id,rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapGrid</name>
    <message numerus="yes">
        <source>%1, %2:00–%3:00: %n event(s)</source>
        <translation>
            <numerusform>%1, %2:00–%3:00: %n event</numerusform>
            <numerusform>%1, %2:00–%3:00: %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per hour slot over the whole period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterestChartView</name>
    <message>
        <source>%1, %2: %3 % of the interest profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interactions with categorised items in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decayed interest per category, each platform adding up to 100 %; α = %1 (higher follows recent days more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α: how much each active day moves the profile (0.01 slow to 1.00 only the last day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of interest (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lane</name>
    <message>
        <source>The adapter does not match the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhiqiao — knowledge platform console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Zhiqiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Zhiqiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Zhiqiao (知桥) %1&lt;/h3&gt;&lt;p&gt;An administration console for paid-knowledge platforms: connect to their databases, see users, migrate them between platforms with backups and validation, share data under consent, and preview recommendations.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: %1  status: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file to write before loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup key file (else the passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backup FILE is required: the run writes a backup before it changes the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup key: give --key-file or set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run-id is not a run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; resume with --run-id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: %1 sha256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan ok, fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`zhiqiao-cli migrate run --help` lists the options of dry-run and run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationBackup</name>
    <message>
        <source>Cannot read the backup file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationDryRun</name>
    <message>
        <source>The user did not consent to the migration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message>
        <source>The plan is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan must be one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the plan file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationPlanParser</name>
    <message>
        <source>Unknown key &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains a control character (U+%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category path &quot;%1&quot; has an empty level; levels are joined with &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of texts is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-empty text is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date (2024-01-31) or an ISO 8601 time with a zone (2024-01-31T08:00:00+08:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; has no time zone; add Z or an offset such as +08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; is missing; a plan starts with &quot;format&quot;: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a migration plan: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is not supported; this Zhiqiao reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target must be another connection than the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;scope&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;entities&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;require_migration_consent&quot; is missing (true or false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;require_migration_consent&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;batch_size&quot; must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;scope&quot; must be an object with a &quot;kind&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;registered_to&quot; must be later than &quot;registered_from&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;consent_purpose&quot; must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter needs at least one criterion; use &quot;kind&quot;: &quot;all&quot; to move everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;user_keys&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of users is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;entities&quot; must be a list such as [&quot;user&quot;, &quot;order&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items are matched on the target, not moved; see &quot;items&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entity a plan can move; expected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan moves nothing: list at least one entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;items&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;map&quot; must be an object: source item key -&gt; target item key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target item key (text) is expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationReport</name>
    <message>
        <source>Migration validation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhiqiao version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was quarantined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every migrated record matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 differences are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field differences (expected → target)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationRollback</name>
    <message>
        <source>This run is being rolled back, or its rollback was interrupted; it cannot be resumed. Finish the rollback (zhiqiao-cli rollback RUN), then run the plan again as a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run was rolled back; it cannot be resumed. Run the plan again as a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was rolled back and proven earlier; there is nothing left to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback could not prove that the target is as before (see the proof); the run stays %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback stopped: %1 Run the rollback again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target adapter does not fit the target database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database (%1) is unreachable, so the run&apos;s record and backup cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s migration ledger has no run %1: this is not the run&apos;s target, or nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan given is not the one run %1 was made with (the fingerprints differ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no record of run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is running right now (its process is connected to the target). Stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is still running, or was killed while running. Stop it first; when no process runs it any more, roll back with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another rollback of run %1 is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record(s) this run created are also in the ledger of run %2, which relies on them; roll that run back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no backup of run %1, but its ledger names records it wrote; the rollback needs the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace does not say where the backup of run %1 is; give its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the backup run %2 wrote: its SHA-256 differs from the run record&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the backup of another run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not say which of its tables are the target&apos;s, and source and target are the same platform; restore the target&apos;s rows from it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback resumed by %1 (the run was %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback started by %1 (the run was %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback was cancelled; run it again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) in %2 belong to users this run created but were not written by it (added on the target after the run?). The users stay; move or delete those rows, then run the rollback again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backed-up target row(s) could not be put back identically; nothing of the restore was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a) Rows the ledger names as created that are still on the target: %1 of %2 (%3); child rows: %4; rows of other tables belonging to created users: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(b) The run has no backup: it stopped before its first write, so it changed no target row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(b) The backup holds no target rows (no merged users): the run changed no existing target row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(b) Backed-up target rows (%1) compared after the restore by per-row SHA-256: %2 differ; %3 row(s) were written back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) The run does not record table row counts from before it started, so the proof rests on (a) and (b): the run only inserted rows (all gone) and changed no other row than the backed-up ones (all identical). Sequences it advanced are not moved back; the gap is harmless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notification(s) about this run had already been sent; those users were told of a migration that is now undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>The source adapter does not fit the source database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target adapter does not fit the target database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source platform has no entity &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target platform cannot write entity &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A migration run needs a backup file and its passphrase or key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database (%1) is unreachable, so the run cannot be recorded. Set %2 or start the local PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run does not balance: for some entity the records in scope differ from created + merged + skipped + quarantined + dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled; run it again with the same run id to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of %2 cannot be migrated (%3: %4); the plan stops at the first error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan lists this user key, but the source has no such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan lists user keys the source does not have; nothing is moved for them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the target database was lost and %1 attempts to go on failed; the run stopped. Run it again with the same run id to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the source database was lost and %1 attempts to go on failed; the run stopped. Run it again with the same run id to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the target database was lost (%1); reconnecting, retry %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the source database was lost (%1); reconnecting, retry %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationScopeReader</name>
    <message>
        <source>Scope by category is not supported by this version of the migration engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source platform has no consent records, but the plan needs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of %1 on the source do not say which user they belong to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationValidator</name>
    <message>
        <source>The target&apos;s migration ledger has no record of this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target adapter does not describe entity &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>This is not a usable model file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with the Zhiqiao model header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is of format version %1; this Zhiqiao reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its checksum does not match (the file is damaged or was altered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a model of kind “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its matrices do not fit its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lists of keys do not fit the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineEvaluation</name>
    <message>
        <source>Training iALS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training item-kNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring held-out people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer, mapping only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest profile carried across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target-platform popularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper bound: in-platform iALS with half the hidden history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training iALS on the source platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training iALS on the target platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring cold-start people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlapModel</name>
    <message>
        <source>Other platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of people here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of people there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of user &quot;%1&quot; on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept until Zhiqiao closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>The keychain is turned off (ZHIQIAO_NO_KEYCHAIN=1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running in this desktop session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain; it is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflict to decide</numerusform>
            <numerusform>%n conflicts to decide</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts that share an identifier but differ in another are not linked until a person decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgSession</name>
    <message>
        <source>The connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user lacks the permission for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was stopped; nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction had failed earlier and was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction could not be committed and was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while committing; the outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value could not be quoted for SQL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move users and everything they own from one platform to another, and prove nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration plans: scope, entities, category and event maps, conflict and error policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run showing who would be created, merged, skipped or held back, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backup before any write, exactly-once loading, resume after interruption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation reports record by record, quarantine of bad records, rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share data between platforms only where users consented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing agreements stating scope and permissions between platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent checks per person and purpose, de-identification of what is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every share recorded for audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review who did what, and prove the log has not been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every migration, export and reveal of personal data, with operator, time and plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tamper-evident log with verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters by period, operator and kind of action; export for reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not built yet. This area arrives in a later release; it shows no data until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will come here:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformFigures</name>
    <message>
        <source>The adapter does not match the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformFiguresWidget</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to see how many records this platform holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting records through the adapter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per canonical entity, read through the platform&apos;s adapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformInteractions</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformSession</name>
    <message>
        <source>Saved connection profile to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq connection string instead of a profile (&quot;&quot; = the PG* environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter file (or :/adapters/&lt;name&gt;.json); default: the profile&apos;s adapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adapter file: give --adapter FILE, or a --platform whose profile names one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformWorker</name>
    <message>
        <source>The platform was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter does not match the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer request replaced this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileLabels</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>The account %1 no longer exists on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Enter a name for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SSL mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode verify-full needs the CA certificate file that signed the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the environment (production, staging, test or development).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the adapter file that describes this platform&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message numerus="yes">
        <source>Whole person (%n account(s))</source>
        <translation>
            <numerusform>Whole person (%n account)</numerusform>
            <numerusform>Whole person (%n accounts)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s) could not be read: %1</source>
        <translation>
            <numerusform>%n platform could not be read: %1</numerusform>
            <numerusform>%n platforms could not be read: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, e-mail addresses and phone numbers of this person will be shown unmasked, and this will be recorded.
Why do you need them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reveal could not be recorded, so nothing is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · exported %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this person&apos;s names, e-mail addresses and phone numbers unmasked (recorded for audit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a person above and choose them to see their profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this table as a CSV file, as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On %1 · %n account(s)</source>
        <translation>
            <numerusform>On %1 · %n account</numerusform>
            <numerusform>On %1 · %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), %1 paid, %2 refunded, %4 net (refunds: %3)</source>
        <translation>
            <numerusform>%n order, %1 paid, %2 refunded, %4 net (refunds: %3)</numerusform>
            <numerusform>%n orders, %1 paid, %2 refunded, %4 net (refunds: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision could not be recorded in the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the platforms would recommend to this person, and what they will see on day one after a migration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchasesModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(item %1 not in the catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadCommand</name>
    <message>
        <source>entities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--after takes the key printed after a page; a composite key is comma-separated or a
JSON array, e.g. --after &apos;[&quot;42&quot;,&quot;7&quot;]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical entity to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to read (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start after this key (paging).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, json or tsv (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the number of records instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--entity is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entity &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --platform NAME, or --dsn CONNINFO with --adapter FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is table, json or tsv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter cannot be used with this database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next page: --after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendCommand</name>
    <message>
        <source>Directory of the goodbooks files (ratings.csv, book_groups.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goodbooks books to use: all, fiction or nonfiction (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connection to read the interactions from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq connection string; --platform and --cold-start then name adapters (a file, or dedao, ximalaya) instead of saved connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iALS factors (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iALS iterations (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iALS regularisation λ (default 0.03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iALS confidence scale α (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conjugate-gradient steps per row (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one λ for every row instead of λ scaled by the row&apos;s weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of every random choice (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--factors (1–1024), --iterations (1–1000), --cg-steps (1–64), --threads and --seed take whole numbers, --regularization and --alpha numbers ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adapter file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline evaluation: Recall@20, NDCG@20, HR@10 and coverage of iALS, item-kNN, popularity and the interest profile on held-out people; with --cold-start, the cross-platform transfer on people new to the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings file (goodbooks format) of the people to evaluate on; the models train on the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold start from one platform to another: goodbooks groups (fiction:nonfiction) or saved connections (A:B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration plan whose category map carries interest profiles across (databases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the report as JSON to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cold-start takes FROM:TO, e.g. fiction:nonfiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goodbooks groups are all, fiction and nonfiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--holdout needs --goodbooks (the file is in the goodbooks ratings format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains iALS on a platform&apos;s interactions and saves the model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: %1 of %2 half-iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 people, %3 items, %4 interactions; %5 s per iteration; written to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a person will be recommended on a migration plan&apos;s target on day one, before they have any history there: the cross-platform transfer from their history on the source, next to the target&apos;s popularity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration plan (its source, target and category map).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s user key on the source platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many recommendations (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no history on %2 under the key %3: nothing to carry across.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %n item(s) of history</source>
        <translation>
            <numerusform>%1 on %2: %n item of history</numerusform>
            <numerusform>%1 on %2: %n items of history</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — day one on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping learnt from %1 people on both platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports goodbooks-10k into PostgreSQL as two platforms (schemas goodbooks_fiction and goodbooks_nonfiction), read through the adapters :/adapters/goodbooks-fiction.json and :/adapters/goodbooks-nonfiction.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq connection string of the database to import into (&quot;&quot; = the PG* environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the two schemas anew when they exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 readers, %3 books, %4 ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported in %1 s. goodbooks-10k by Zygmunt Zając, CC BY-SA 4.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cold-start needs two different platforms (goodbooks: fiction:nonfiction or nonfiction:fiction)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendEngine</name>
    <message>
        <source>%1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models were not trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendations from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the models were not trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendEvaluationPanel</name>
    <message>
        <source>goodbooks directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the interactions of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;goodbooks ratings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory with ratings.csv and book_groups.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held-out people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;old start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonfiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: evaluate on the people of this ratings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Factors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an evaluation to see the models compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the goodbooks directory: it holds ratings.csv and book_groups.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the platforms to evaluate on first (Platforms page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold start needs two different platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold start %1 → %2: %3 people new to %2, their history there hidden; the mapping learnt from %4 people on both. The transfer recovers &lt;b&gt;%5%&lt;/b&gt; of the upper bound&apos;s NDCG@20 (the upper bound sees half the hidden history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: trained on %2 people (%3 interactions, %4 items), evaluated on %5 held-out people%6; iALS %7 s per iteration at %8 factors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best NDCG@20: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold start on %1: accuracy per method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: accuracy per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected &amp;platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interactions of the connected platforms, read through their adapters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendPreview</name>
    <message>
        <source>No history here yet: this list is what the model gives anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has no account on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 people are on both platforms: too few to learn from, so the interest profile carried across decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest profile carried across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of this person&apos;s categories on %1 has a counterpart on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has no history on %1 to carry across.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendPreviewPanel</name>
    <message>
        <source>Export recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendations.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone or e-mail, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the target platform&apos;s interactions again and train its models anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category mix: history and recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest profile carried across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popularity on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a platform (Platforms page) to preview its recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the interactions of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the models of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was cancelled. Choose Retrain to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models of %1 could not be trained: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models of %1: %2 people, %3 items, %4 interactions, trained in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person, or open one from the Users page (Preview recommendations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History on %1 (%n item(s))</source>
        <translation>
            <numerusform>History on %1 (%n item)</numerusform>
            <numerusform>History on %1 (%n items)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — day one on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on &amp;day one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore the person&apos;s history on the target: what they would be offered there on the first day after a migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a migration plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration plans (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a migration plan: its target, its category map, and the people it moves, on day one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 and %2 first (Platforms page): the plan moves people between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” moves every person its scope matches: find one to see their day one on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendReason</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because you finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because you bought %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because you rated %1 highly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because you saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because you liked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because you listened to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because you started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because you looked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Popular on %1: %n people have it</source>
        <translation>
            <numerusform>Popular on %1: %n person has it</numerusform>
            <numerusform>Popular on %1: %n people have it</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches your interest in %1 (%2% of what you do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popular in %1 among people like you on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You like %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated highly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looked at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendReport</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: trained on %2 people (%3 interactions, %4 items); evaluated on %5 held-out people%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iALS: %1 factors, %2 iterations, %3 s per iteration; seed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold start %1 → %2: %3 people new to %2 (their history there hidden); the mapping learnt from %4 people on both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iALS: %1 factors, %2 iterations; seed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer recovers %1% of the upper bound&apos;s NDCG@20.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recommender</name>
    <message>
        <source>Matrix factorisation (iALS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar items (item-kNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-platform transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTransformer</name>
    <message>
        <source>The required field &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not of the expected kind: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text in &quot;%1&quot; contains characters the target cannot store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text in &quot;%1&quot; is too long for the target: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a value outside its vocabulary: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a share between 0 and 1, but is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time in &quot;%1&quot; is implausible (before 2000 or in the future): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative, but is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount in &quot;%1&quot; is not a decimal number of yuan: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount in &quot;%1&quot; is negative: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is larger than the amount paid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user this record belongs to is not on the target: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item this record refers to has no match on the target: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category is not in the plan&apos;s category map: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership plan is not in the plan&apos;s membership map: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event kind is not in the plan&apos;s event map: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan leaves out events of this kind: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different target users match this person (%2); a person has to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person already exists on the target (%2) and the plan&apos;s conflict policy is to fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has not consented to migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person already has this record on the target (%2); the target&apos;s is kept and linked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollbackCommand</name>
    <message>
        <source>Deletes what the run created on its target, writes back the target rows its backup holds, and proves
the result. The backup&apos;s passphrase comes from ZHIQIAO_BACKUP_PASSPHRASE or the terminal, unless
--key-file is given. Exit code 0 only when the rollback is proven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: %1  status: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications removed: %1 (already sent: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback proven: the target rows the run affected are as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback NOT proven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup key file (else the passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s backup file, when it moved since the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back even though the ledger says the run is still running (it was killed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger keys per delete transaction (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s plan in the workspace cannot be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup key: give --key-file or set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Counts of every canonical entity on each platform and the overlap between platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connection (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: give at least one --platform NAME (see `zhiqiao-cli connection list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the adapter does not match the database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(people = accounts linked by normalised e-mail or phone into one person; a platform&apos;s
 duplicate accounts of one person count once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap: people with accounts on both platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1% of %2, %3% of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetKeyStatements</name>
    <message>
        <source>The target has no key column %1 in table %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target adapter does not say how entity &quot;%1&quot; is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target adapter writes entity &quot;%1&quot; without its key field %2, so its rows cannot be found by key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetLedger</name>
    <message>
        <source>This run was started with a different plan, source or target; it cannot be continued with these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s migration ledger has no record of this run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <source>Behaviour over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or drag to zoom, right-click to zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole history (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week (daily events added up; zoom in for days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (daily events added up; zoom in for weeks and days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: %1 · purchases: %2 · %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePurchases</name>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(refunded %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopItemsModel</name>
    <message>
        <source>Unknown item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>%1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>Searching %n platform(s)…</source>
        <translation>
            <numerusform>Searching %n platform…</numerusform>
            <numerusform>Searching %n platforms…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id, e-mail, phone (any form) or the start of a name  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a platform on the Platforms page to search its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Searches %n connected platform(s): %1.</source>
        <translation>
            <numerusform>Searches %n connected platform: %1.</numerusform>
            <numerusform>Searches %n connected platforms: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nobody found on %n platform(s).</source>
        <translation>
            <numerusform>Nobody found on %n platform.</numerusform>
            <numerusform>Nobody found on %n platforms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n person found</numerusform>
            <numerusform>%n people found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found. On %1 more accounts match than the %2 per platform shown; type more to narrow the search.</source>
        <translation>
            <numerusform>%n person found. On %1 more accounts match than the %2 per platform shown; type more to narrow the search.</numerusform>
            <numerusform>%n people found. On %1 more accounts match than the %2 per platform shown; type more to narrow the search.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Reads the run&apos;s records back from the target and compares them with the ledger (and,
with --full, with the source transformed again). Exit code 0 when the verdict passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file the run was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read every source record again and compare field by field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the JSON report to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the HTML report to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not stored in the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dupl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationPass::Impl</name>
    <message>
        <source>Records of %1 cannot be read back by key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another ledger entry of this run has the same target key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target record has this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 target records have this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source record would now be quarantined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target record differs from the source record transformed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target record&apos;s hash differs from the one the ledger recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target record the ledger does not know has the same content as a migrated record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationResult</name>
    <message>
        <source>Validation was cancelled before every record was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s fingerprint differs from the one the run was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the accounting does not balance (source %2, batches %3, migrated + merged + skipped + quarantined %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %n record(s) differ from what was migrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %n record(s) are missing on the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %n duplicated record(s) on the target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueMapsParser</name>
    <message>
        <source>&quot;maps&quot; must be an object with &quot;category&quot;, &quot;event_kind&quot; and &quot;membership_plan&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A map must be an object with &quot;entries&quot; and &quot;unmapped&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; expected one of: entries, unmapped, default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;unmapped&quot; is missing: say what happens to values the map does not list (quarantine, default or drop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;unmapped&quot; must be one of: quarantine, default, drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A default is only used with &quot;unmapped&quot;: &quot;default&quot;; remove it or change the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;unmapped&quot; is &quot;default&quot; but no &quot;default&quot; is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;entries&quot; must be an object: source value -&gt; target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source value must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a canonical event kind; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event kind is expected (%1)%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or null to drop such events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target category is expected: {&quot;key&quot;: …, &quot;path&quot;: …}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target plan is expected: {&quot;plan&quot;: …, &quot;tier&quot;: …}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace has no record of this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity decision names two different accounts, in order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace::Location</name>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
