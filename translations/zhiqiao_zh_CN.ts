<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsModel</name>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>关联依据</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>only account</source>
        <translation>唯一账号</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ActivityHeatmapView</name>
    <message>
        <source>Activity by weekday and hour</source>
        <translation>按星期和小时的活跃度</translation>
    </message>
    <message>
        <source>No events in this period</source>
        <translation>这段时间没有事件</translation>
    </message>
    <message>
        <source>Events: %1 · busiest: %2 %3:00–%4:00</source>
        <translation>事件：%1 · 最活跃：%2 %3:00–%4:00</translation>
    </message>
</context>
<context>
    <name>AdapterCommand</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: adapter for platform %2 with %n entities is fine</source>
        <translation>
            <numerusform>%1：平台 %2 的适配器（%n 个实体）检查通过</numerusform>
        </translation>
    </message>
    <message>
        <source>Without --platform or --dsn only the file itself is checked; with one, every schema,
table, column and type it names is also checked against that database.
Exit status: 0 no problems, 1 problems found, 2 usage error.</source>
        <translation>不给出 --platform 或 --dsn 时只检查文件本身；给出其一时，还会对照该数据库检查文件中
列出的每个模式、表、列和类型。
退出状态：0 没有问题，1 发现问题，2 用法错误。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Check an adapter file.</source>
        <translation>检查适配器文件。</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;.</source>
        <translation>未知的子命令“%1”。</translation>
    </message>
    <message>
        <source> (checked against the database).</source>
        <translation>（已对照数据库检查）。</translation>
    </message>
    <message>
        <source> (file only; give --dsn or --platform to check the database).</source>
        <translation>（仅检查了文件；给出 --dsn 或 --platform 可同时检查数据库）。</translation>
    </message>
</context>
<context>
    <name>AdapterConversions</name>
    <message>
        <source>a number type (integer, numeric)</source>
        <translation>数值类型（integer、numeric）</translation>
    </message>
    <message>
        <source>a text type (text, varchar)</source>
        <translation>文本类型（text、varchar）</translation>
    </message>
    <message>
        <source>an integer, uuid or text type</source>
        <translation>整数、uuid 或文本类型</translation>
    </message>
    <message>
        <source>timestamptz, timestamp or date</source>
        <translation>timestamptz、timestamp 或 date</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>布尔类型</translation>
    </message>
    <message>
        <source>a scalar type</source>
        <translation>标量类型</translation>
    </message>
</context>
<context>
    <name>AdapterLoader</name>
    <message>
        <source>Schema &quot;%1&quot; does not exist in this database, or holds no tables you may see.</source>
        <translation>模式“%1”在此数据库中不存在，或其中没有您有权查看的表。</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; does not exist in schema &quot;%2&quot;.</source>
        <translation>模式“%2”中不存在表“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a view, not a table; records cannot be written to it.</source>
        <translation>“%1”是视图而不是表，无法向其写入记录。</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has no column &quot;%2&quot;. Its columns are: %3.</source>
        <translation>表“%1”没有列“%2”。它的列有：%3。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; has type %2, but conversion %3 to a canonical %4 needs %5.</source>
        <translation>列“%1”的类型为 %2，但转换 %3（转为规范 %4）需要 %5。</translation>
    </message>
    <message>
        <source>Cannot join %1 (%2) with %3 (%4): the types do not compare.</source>
        <translation>无法连接 %1（%2）与 %3（%4）：两者类型不可比较。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is generated by the database and cannot be written.</source>
        <translation>列“%1”由数据库生成，不能写入。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; has type %2, but conversion %3 from a canonical %4 needs %5.</source>
        <translation>列“%1”的类型为 %2，但转换 %3（从规范 %4 转换）需要 %5。</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has no column &quot;%2&quot;.</source>
        <translation>表“%1”没有列“%2”。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; of table &quot;%2&quot; must have a value (NOT NULL, no default), but nothing is written to it.</source>
        <translation>表“%2”的列“%1”必须有值（NOT NULL 且无默认值），但没有任何字段写入该列。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>文件不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <translation>文件必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Cannot read the adapter file: %1.</source>
        <translation>无法读取适配器文件：%1。</translation>
    </message>
    <message>
        <source>Cannot read the database catalog: %1</source>
        <translation>无法读取数据库目录：%1</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; expected one of: %2.</source>
        <translation>未知的键“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>缺少“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text.</source>
        <translation>“%1”必须是非空文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>“%1”必须是文本。</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; must be letters, digits and underscores, not starting with a digit.</source>
        <translation>别名“%1”只能由字母、数字和下划线组成，且不能以数字开头。</translation>
    </message>
    <message>
        <source>This is not a Zhiqiao adapter file: format is &quot;%1&quot;, expected &quot;%2&quot;.</source>
        <translation>这不是知桥适配器文件：格式为“%1”，应为“%2”。</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing.</source>
        <translation>缺少“version”。</translation>
    </message>
    <message>
        <source>Format version %1 is not supported; this Zhiqiao reads version %2.</source>
        <translation>不支持格式版本 %1；此版本的知桥读取版本 %2。</translation>
    </message>
    <message>
        <source>&quot;entities&quot; must be an object with one entry per canonical entity.</source>
        <translation>“entities”必须是对象，每个规范实体一项。</translation>
    </message>
    <message>
        <source>Unknown entity &quot;%1&quot;; canonical entities are: %2.</source>
        <translation>未知实体“%1”；规范实体有：%2。</translation>
    </message>
    <message>
        <source>An entity must be an object.</source>
        <translation>实体必须是对象。</translation>
    </message>
    <message>
        <source>&quot;key&quot; is missing: list the column(s) that identify a record.</source>
        <translation>缺少“key”：请列出标识一条记录的列。</translation>
    </message>
    <message>
        <source>&quot;key&quot; must be a column or a non-empty list of columns.</source>
        <translation>“key”必须是一列或非空的列列表。</translation>
    </message>
    <message>
        <source>&quot;joins&quot; must be a list.</source>
        <translation>“joins”必须是列表。</translation>
    </message>
    <message>
        <source>A join must be an object.</source>
        <translation>连接必须是对象。</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; is used twice in this entity.</source>
        <translation>别名“%1”在此实体中使用了两次。</translation>
    </message>
    <message>
        <source>Join type &quot;%1&quot; is unknown; use &quot;left&quot; or &quot;inner&quot;.</source>
        <translation>未知的连接类型“%1”；请使用“left”或“inner”。</translation>
    </message>
    <message>
        <source>&quot;on&quot; must be a non-empty list of column pairs, e.g. [[&quot;a.category_id&quot;, &quot;c.category_id&quot;]].</source>
        <translation>“on”必须是非空的列对列表，例如 [[&quot;a.category_id&quot;, &quot;c.category_id&quot;]]。</translation>
    </message>
    <message>
        <source>A join condition must be a pair of columns.</source>
        <translation>连接条件必须是一对列。</translation>
    </message>
    <message>
        <source>A column reference must be a text &quot;alias.column&quot;.</source>
        <translation>列引用必须是“别名.列名”形式的文本。</translation>
    </message>
    <message>
        <source>Column reference &quot;%1&quot; names no column.</source>
        <translation>列引用“%1”没有指定列。</translation>
    </message>
    <message>
        <source>Column reference &quot;%1&quot; uses alias &quot;%2&quot;, which is neither the entity&apos;s table nor one of its joins.</source>
        <translation>列引用“%1”使用了别名“%2”，它既不是该实体的表，也不是其连接之一。</translation>
    </message>
    <message>
        <source>Unknown conversion &quot;%1&quot;; known conversions are: %2.</source>
        <translation>未知转换“%1”；已知转换有：%2。</translation>
    </message>
    <message>
        <source>value_map needs &quot;map&quot;: an object of value pairs, e.g. {&quot;collect&quot;: &quot;favourite&quot;}.</source>
        <translation>value_map 需要“map”：值对组成的对象，例如 {&quot;collect&quot;: &quot;favourite&quot;}。</translation>
    </message>
    <message>
        <source>A mapped value must be a text, number or true/false.</source>
        <translation>映射值必须是文本、数字或 true/false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of canonical field &quot;%2&quot;; allowed: %3.</source>
        <translation>“%1”不是规范字段“%2”的取值；允许的值：%3。</translation>
    </message>
    <message>
        <source>Canonical field &quot;%1&quot; is true or false, not &quot;%2&quot;.</source>
        <translation>规范字段“%1”的取值为 true 或 false，而不是“%2”。</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be an object mapping canonical fields to columns.</source>
        <translation>“fields”必须是将规范字段映射到列的对象。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for entity %2; its canonical fields are: %3.</source>
        <translation>实体 %2 没有字段“%1”；其规范字段有：%3。</translation>
    </message>
    <message>
        <source>Required field &quot;%1&quot; of entity %2 is not mapped.</source>
        <translation>实体 %2 的必需字段“%1”未映射。</translation>
    </message>
    <message>
        <source>text_path needs &quot;columns&quot;: a non-empty list of columns, root first.</source>
        <translation>text_path 需要“columns”：非空的列列表，根级在前。</translation>
    </message>
    <message>
        <source>Give exactly one of &quot;column&quot; or &quot;columns&quot;.</source>
        <translation>“column”与“columns”只能且必须给出其一。</translation>
    </message>
    <message>
        <source>Only text_path reads several columns.</source>
        <translation>只有 text_path 可以读取多列。</translation>
    </message>
    <message>
        <source>seconds_of_duration needs &quot;duration&quot;: the column holding the total seconds.</source>
        <translation>seconds_of_duration 需要“duration”：保存总秒数的列。</translation>
    </message>
    <message>
        <source>&quot;duration&quot; belongs to seconds_of_duration only.</source>
        <translation>“duration”只用于 seconds_of_duration。</translation>
    </message>
    <message>
        <source>&quot;map&quot; belongs to value_map only.</source>
        <translation>“map”只用于 value_map。</translation>
    </message>
    <message>
        <source>A field mapping is a column &quot;alias.column&quot; or an object with &quot;column&quot; and &quot;conversion&quot;.</source>
        <translation>字段映射是“别名.列名”形式的列，或包含“column”和“conversion”的对象。</translation>
    </message>
    <message>
        <source>Conversion %1 cannot produce canonical field &quot;%2&quot; (a %3).</source>
        <translation>转换 %1 无法生成规范字段“%2”（%3 类型）。</translation>
    </message>
    <message>
        <source>&quot;write&quot; must be an object.</source>
        <translation>“write”必须是对象。</translation>
    </message>
    <message>
        <source>&quot;children&quot; must be a list of write targets.</source>
        <translation>“children”必须是写入目标列表。</translation>
    </message>
    <message>
        <source>A child target needs the main target to list its generated key in &quot;returning&quot;.</source>
        <translation>子目标要求主目标在“returning”中列出其生成的键。</translation>
    </message>
    <message>
        <source>A write target must be an object.</source>
        <translation>写入目标必须是对象。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for entity %2.</source>
        <translation>实体 %2 没有字段“%1”。</translation>
    </message>
    <message>
        <source>&quot;returning&quot; must be a column or a list of columns.</source>
        <translation>“returning”必须是一列或列列表。</translation>
    </message>
    <message>
        <source>A returned column has no name.</source>
        <translation>返回列没有名称。</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must map each written column to a canonical field.</source>
        <translation>“columns”必须将每个写入列映射到一个规范字段。</translation>
    </message>
    <message>
        <source>A written column takes a canonical field name or an object with &quot;field&quot; and &quot;conversion&quot;.</source>
        <translation>写入列的值应为规范字段名，或包含“field”和“conversion”的对象。</translation>
    </message>
    <message>
        <source>Conversion %1 cannot be written back; write the underlying field instead.</source>
        <translation>转换 %1 无法回写；请改为写入其基础字段。</translation>
    </message>
    <message>
        <source>Conversion %1 does not fit canonical field &quot;%2&quot; (a %3).</source>
        <translation>转换 %1 不适用于规范字段“%2”（%3 类型）。</translation>
    </message>
</context>
<context>
    <name>AdapterSession</name>
    <message>
        <source>The adapter does not match the database.</source>
        <translation>适配器与数据库不匹配。</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Key file (32 bytes, see `backup keygen`) instead of a passphrase. Without it the passphrase comes from ZHIQIAO_BACKUP_PASSPHRASE or is asked on the terminal.</source>
        <translation>代替口令的密钥文件（32 字节，见 `backup keygen`）。不给出时，口令取自 ZHIQIAO_BACKUP_PASSPHRASE 或在终端询问。</translation>
    </message>
    <message>
        <source>libpq connection string of the database.</source>
        <translation>数据库的 libpq 连接字符串。</translation>
    </message>
    <message>
        <source>expected the backup FILE</source>
        <translation>需要给出备份文件 FILE</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>多余的参数</translation>
    </message>
    <message>
        <source>no key: give --key-file or set %1</source>
        <translation>没有密钥：请给出 --key-file 或设置 %1</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <source>Same passphrase again: </source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>两次输入的口令不一致</translation>
    </message>
    <message>
        <source>Where to write the new key file.</source>
        <translation>新密钥文件的写入位置。</translation>
    </message>
    <message>
        <source>Create a key file of 32 random bytes (never overwrites).</source>
        <translation>创建由 32 个随机字节组成的密钥文件（绝不覆盖已有文件）。</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>必须给出 --out</translation>
    </message>
    <message>
        <source>key file written: %1 (keep it apart from the backups)</source>
        <translation>已写入密钥文件：%1（请与备份分开保管）</translation>
    </message>
    <message>
        <source>schema.table to back up (repeat for more).</source>
        <translation>要备份的 schema.table（可重复给出多个）。</translation>
    </message>
    <message>
        <source>Backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>Run id recorded in the header.</source>
        <translation>记录在文件头中的运行 ID。</translation>
    </message>
    <message>
        <source>Back up whole tables into an encrypted backup file.</source>
        <translation>将整张表备份到加密备份文件中。</translation>
    </message>
    <message>
        <source>--out and at least one --table are required</source>
        <translation>必须给出 --out 和至少一个 --table</translation>
    </message>
    <message>
        <source>--table wants schema.table: %1</source>
        <translation>--table 需要 schema.table 形式：%1</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>backup written: %1</source>
        <translation>已写入备份：%1</translation>
    </message>
    <message>
        <source>Backup file.</source>
        <translation>备份文件。</translation>
    </message>
    <message>
        <source>Check every chunk, every row hash and the content hash of a backup (no database).</source>
        <translation>检查备份的每个数据块、每行的哈希值和内容哈希值（无需数据库）。</translation>
    </message>
    <message>
        <source>verdict: NOT usable</source>
        <translation>结论：不可用</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>run: %1</source>
        <translation>运行：%1</translation>
    </message>
    <message>
        <source>rows: %1  chunks: %2  content sha256: %3</source>
        <translation>行数：%1  数据块：%2  内容 sha256：%3</translation>
    </message>
    <message>
        <source>verdict: intact</source>
        <translation>结论：完好</translation>
    </message>
    <message>
        <source>Insert only rows whose primary key is absent (tables must exist); default: tables must be missing or empty.</source>
        <translation>只插入主键尚不存在的行（表必须已存在）；默认：表必须不存在或为空。</translation>
    </message>
    <message>
        <source>Verify a backup, restore it in one transaction and compare every row&apos;s hash.</source>
        <translation>校验备份，在一个事务中恢复，并比较每一行的哈希值。</translation>
    </message>
    <message>
        <source>%1 restored, %2 already present, %3 mismatched</source>
        <translation>已恢复 %1 行，已存在 %2 行，不一致 %3 行</translation>
    </message>
    <message>
        <source>(table created)</source>
        <translation>（已建表）</translation>
    </message>
    <message>
        <source>verdict: rows differ from the backup; nothing was kept</source>
        <translation>结论：有行与备份不同；未保留任何更改</translation>
    </message>
    <message>
        <source>verdict: restored and verified</source>
        <translation>结论：已恢复并通过校验</translation>
    </message>
</context>
<context>
    <name>BackupContentReader</name>
    <message>
        <source>The backup&apos;s content ends in the middle of a record.</source>
        <translation>备份内容在一条记录中间结束。</translation>
    </message>
    <message>
        <source>The backup&apos;s content has already ended.</source>
        <translation>备份内容已经结束。</translation>
    </message>
    <message>
        <source>The backup&apos;s content holds a record that is too large.</source>
        <translation>备份内容包含过大的记录。</translation>
    </message>
    <message>
        <source>The backup&apos;s content holds a record of an unknown kind.</source>
        <translation>备份内容包含未知类型的记录。</translation>
    </message>
    <message>
        <source>The backup&apos;s content holds a row outside any table.</source>
        <translation>备份内容包含不属于任何表的行。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 does not match its hash.</source>
        <translation>表 %2 的第 %1 行与其哈希值不符。</translation>
    </message>
    <message>
        <source>The backup&apos;s content does not match its content hash.</source>
        <translation>备份内容与其内容哈希值不符。</translation>
    </message>
    <message>
        <source>The backup&apos;s row counts do not match its end record.</source>
        <translation>备份的行数与其结束记录不符。</translation>
    </message>
    <message>
        <source>The backup&apos;s content has data after its end record.</source>
        <translation>备份内容在结束记录之后还有数据。</translation>
    </message>
</context>
<context>
    <name>BackupContentWriter</name>
    <message>
        <source>A row was written before its table.</source>
        <translation>在写入表信息之前写入了行。</translation>
    </message>
</context>
<context>
    <name>BackupDumper</name>
    <message>
        <source>The table to back up does not exist.</source>
        <translation>要备份的表不存在。</translation>
    </message>
    <message>
        <source>The key column to back up by does not exist.</source>
        <translation>用于备份的键列不存在。</translation>
    </message>
    <message>
        <source>The backup condition names a missing parameter.</source>
        <translation>备份条件引用了缺失的参数。</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>备份已取消。</translation>
    </message>
</context>
<context>
    <name>BackupFileKeys</name>
    <message>
        <source>This backup was made with a passphrase, not a key file.</source>
        <translation>此备份使用口令加密，而不是密钥文件。</translation>
    </message>
    <message>
        <source>This backup was made with a key file, not a passphrase.</source>
        <translation>此备份使用密钥文件加密，而不是口令。</translation>
    </message>
</context>
<context>
    <name>BackupHeader</name>
    <message>
        <source>The backup file&apos;s header is not valid.</source>
        <translation>备份文件头无效。</translation>
    </message>
    <message>
        <source>The backup file was written by a newer version of Zhiqiao.</source>
        <translation>备份文件由更新版本的知桥写入。</translation>
    </message>
</context>
<context>
    <name>BackupKey</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>口令为空。</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase (scrypt failed).</source>
        <translation>无法从口令派生密钥（scrypt 失败）。</translation>
    </message>
    <message>
        <source>The key file cannot be read.</source>
        <translation>无法读取密钥文件。</translation>
    </message>
    <message>
        <source>The key file must hold exactly 32 bytes.</source>
        <translation>密钥文件必须恰好为 32 字节。</translation>
    </message>
    <message>
        <source>The key file already exists; it is not overwritten.</source>
        <translation>密钥文件已存在，不会覆盖。</translation>
    </message>
    <message>
        <source>The key file cannot be written.</source>
        <translation>无法写入密钥文件。</translation>
    </message>
    <message>
        <source>A subkey could not be derived (HKDF failed).</source>
        <translation>无法派生子密钥（HKDF 失败）。</translation>
    </message>
</context>
<context>
    <name>BackupReader</name>
    <message>
        <source>The backup file cannot be opened.</source>
        <translation>无法打开备份文件。</translation>
    </message>
    <message>
        <source>The backup file is cut short inside its header.</source>
        <translation>备份文件在文件头内被截断。</translation>
    </message>
    <message>
        <source>This is not a Zhiqiao backup file.</source>
        <translation>这不是知桥备份文件。</translation>
    </message>
    <message>
        <source>The backup file&apos;s header is damaged.</source>
        <translation>备份文件头已损坏。</translation>
    </message>
    <message>
        <source>Wrong passphrase or key file: this backup cannot be unlocked with it.</source>
        <translation>口令或密钥文件错误：无法用它解开此备份。</translation>
    </message>
    <message>
        <source>The backup file has no more data.</source>
        <translation>备份文件没有更多数据。</translation>
    </message>
    <message>
        <source>The backup file cannot be read.</source>
        <translation>无法读取备份文件。</translation>
    </message>
    <message>
        <source>The backup file is cut short: it ends without its final chunk (after %1 chunks).</source>
        <translation>备份文件被截断：在 %1 个数据块之后结束，缺少最终数据块。</translation>
    </message>
    <message>
        <source>The backup file is cut short inside chunk %1.</source>
        <translation>备份文件在第 %1 个数据块内被截断。</translation>
    </message>
    <message>
        <source>The backup file is damaged or cut short: its last chunk (%1) does not authenticate.</source>
        <translation>备份文件已损坏或被截断：最后一个数据块（%1）未通过认证。</translation>
    </message>
    <message>
        <source>The backup file is damaged, reordered or cut short: chunk %1 does not authenticate.</source>
        <translation>备份文件已损坏、顺序被打乱或被截断：第 %1 个数据块未通过认证。</translation>
    </message>
    <message>
        <source>The backup file has data after its final chunk.</source>
        <translation>备份文件在最终数据块之后还有数据。</translation>
    </message>
</context>
<context>
    <name>BackupRestorer</name>
    <message>
        <source>The backup could not be read to its end.</source>
        <translation>无法将备份读取到结尾。</translation>
    </message>
    <message>
        <source>The backup names a column type that is not valid.</source>
        <translation>备份中的列类型无效。</translation>
    </message>
    <message>
        <source>The backup names a column type this database does not know.</source>
        <translation>备份中的列类型在此数据库中不存在。</translation>
    </message>
    <message>
        <source>The table in the database lacks a column the backup has.</source>
        <translation>数据库中的表缺少备份中的某一列。</translation>
    </message>
    <message>
        <source>The table already has rows; restore into an empty database, or insert only the missing rows.</source>
        <translation>该表已有数据；请恢复到空数据库，或仅插入缺失的行。</translation>
    </message>
    <message>
        <source>Only missing rows can be restored into a table with a primary key.</source>
        <translation>对于有主键的表，只能恢复缺失的行。</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing of it was kept.</source>
        <translation>恢复已取消，未保留任何已恢复的内容。</translation>
    </message>
</context>
<context>
    <name>BackupTable</name>
    <message>
        <source>A table section of the backup is not valid.</source>
        <translation>备份中的某个表段无效。</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>The backup file cannot be written.</source>
        <translation>无法写入备份文件。</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>加密失败。</translation>
    </message>
</context>
<context>
    <name>CanonicalNames</name>
    <message>
        <source>PC</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>iOS</source>
        <translation>iOS</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>View</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>点击</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月度会员</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>年度会员</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>超级会员</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>专栏</translation>
    </message>
    <message>
        <source>Audiobook</source>
        <translation>有声书</translation>
    </message>
    <message>
        <source>E-book</source>
        <translation>电子书</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>H5 (web)</source>
        <translation>H5（网页）</translation>
    </message>
</context>
<context>
    <name>ChannelSplitView</name>
    <message>
        <source>%1: %2 of %3 events (%4 %)</source>
        <translation>%1：%3 次事件中的 %2 次（%4 %）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 orders (%4 %)</source>
        <translation>%1：%3 笔订单中的 %2 笔（%4 %）</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>No events or orders in this period</source>
        <translation>这段时间没有事件或订单</translation>
    </message>
    <message>
        <source>Share of the events and of the orders made on each channel</source>
        <translation>各渠道的事件和订单占比</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>事件（%1）</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>订单（%1）</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>The chart could not be saved as %1: %2</source>
        <translation>图表无法保存为 %1：%2</translation>
    </message>
</context>
<context>
    <name>CliLanguage</name>
    <message>
        <source>--language needs a value: %1.</source>
        <translation>--language 需要一个值：%1。</translation>
    </message>
    <message>
        <source>--language: unknown language &quot;%1&quot;; use one of: %2.</source>
        <translation>--language：未知的语言“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>%1: unknown language &quot;%2&quot; (use one of: %3); it is ignored.</source>
        <translation>%1：未知的语言“%2”（可用：%3），已忽略。</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>list, add, edit, remove and test saved platform connections</source>
        <translation>列出、添加、编辑、删除和测试已保存的平台连接</translation>
    </message>
    <message>
        <source>create the demo platforms (seed) and hash their content (checksum)</source>
        <translation>创建演示平台（seed）并计算其内容哈希值（checksum）</translation>
    </message>
    <message>
        <source>read canonical records of an entity from a platform</source>
        <translation>从平台读取某个实体的规范记录</translation>
    </message>
    <message>
        <source>check an adapter file (and a database) and list every problem</source>
        <translation>检查适配器文件（及数据库）并列出所有问题</translation>
    </message>
    <message>
        <source>counts of every entity per platform and the overlap between platforms</source>
        <translation>各平台每个实体的数量，以及平台之间的重叠</translation>
    </message>
    <message>
        <source>create, verify and restore encrypted backups; create key files (keygen)</source>
        <translation>创建、校验和恢复加密备份；创建密钥文件（keygen）</translation>
    </message>
    <message>
        <source>re-check a run against the target and write the validation report</source>
        <translation>对照目标库重新校验一次运行，并写出校验报告</translation>
    </message>
    <message>
        <source>check a migration plan, dry-run it, run or resume it, and show run status</source>
        <translation>检查迁移计划、试运行、运行或继续运行，并显示运行状态</translation>
    </message>
    <message>
        <source>undo a migration run on its target from its ledger and backup, and prove it</source>
        <translation>根据台账和备份在目标库上撤销一次迁移运行，并证明结果</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run `zhiqiao-cli &lt;command&gt; --help` for a command&apos;s options.</source>
        <translation>运行 `zhiqiao-cli &lt;command&gt; --help` 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Language: --language en|zh_CN in front of the command, else the ZHIQIAO_LANGUAGE environment
variable, else the system locale (Chinese gives zh_CN), else English.</source>
        <translation>语言：命令名前的 --language en|zh_CN，否则取环境变量 ZHIQIAO_LANGUAGE，
否则取系统区域设置（中文即 zh_CN），否则为英语。</translation>
    </message>
    <message>
        <source>warning: the %1 translation could not be loaded; English is used.</source>
        <translation>警告：无法加载 %1 翻译，改用英语。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>未知的命令：%1</translation>
    </message>
    <message>
        <source>evaluate the recommenders offline (eval), train a model file (train), show a person&apos;s day one on a plan&apos;s target (dayone)</source>
        <translation>离线评估推荐模型（eval），训练模型文件（train），查看某人在迁移计划目标平台的第一天（dayone）</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>No saved connection is called &quot;%1&quot;. `zhiqiao-cli connection list` shows them.</source>
        <translation>没有名为“%1”的已保存连接。`zhiqiao-cli connection list` 可列出所有连接。</translation>
    </message>
    <message>
        <source>Password for %1 (user %2 on %3): </source>
        <translation>%1 的密码（%3 上的用户 %2）：</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>created</source>
        <comment>run status or progress phase</comment>
        <translation>已创建</translation>
    </message>
    <message>
        <source>running</source>
        <comment>run status or progress phase</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <comment>run status or progress phase</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>run status or progress phase</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>run status or progress phase</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>refused</source>
        <comment>run status or progress phase</comment>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>dry-run</source>
        <comment>run status or progress phase</comment>
        <translation>试运行</translation>
    </message>
    <message>
        <source>prepare</source>
        <comment>run status or progress phase</comment>
        <translation>准备</translation>
    </message>
    <message>
        <source>backup</source>
        <comment>run status or progress phase</comment>
        <translation>备份</translation>
    </message>
    <message>
        <source>load</source>
        <comment>run status or progress phase</comment>
        <translation>加载</translation>
    </message>
    <message>
        <source>accounting</source>
        <comment>run status or progress phase</comment>
        <translation>核算</translation>
    </message>
    <message>
        <source>retry</source>
        <comment>run status or progress phase</comment>
        <translation>重试</translation>
    </message>
    <message>
        <source>rolling_back</source>
        <comment>run status or progress phase</comment>
        <translation>回滚中</translation>
    </message>
    <message>
        <source>rolled_back</source>
        <comment>run status or progress phase</comment>
        <translation>已回滚</translation>
    </message>
    <message>
        <source>rollback</source>
        <comment>run status or progress phase</comment>
        <translation>回滚</translation>
    </message>
    <message>
        <source>rollback-check</source>
        <comment>run status or progress phase</comment>
        <translation>回滚检查</translation>
    </message>
    <message>
        <source>rollback-delete</source>
        <comment>run status or progress phase</comment>
        <translation>回滚删除</translation>
    </message>
    <message>
        <source>rollback-restore</source>
        <comment>run status or progress phase</comment>
        <translation>回滚恢复</translation>
    </message>
    <message>
        <source>rollback-prove</source>
        <comment>run status or progress phase</comment>
        <translation>回滚证明</translation>
    </message>
    <message>
        <source>rollback-cancelled</source>
        <comment>run status or progress phase</comment>
        <translation>回滚已取消</translation>
    </message>
    <message>
        <source>rollback-failed</source>
        <comment>run status or progress phase</comment>
        <translation>回滚失败</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>detail: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>%1 is held by many accounts and links nobody.</source>
        <translation>%1 被许多账号共用，不用于关联任何人。</translation>
    </message>
    <message>
        <source>%1 account %2</source>
        <translation>%1 账号 %2</translation>
    </message>
    <message>
        <source>%1 account %2 shares %3 (%4) with %5 but has a different %6. Is it the same person?</source>
        <translation>%1 账号 %2 与 %5 共用%3（%4），但%6不同。是同一个人吗？</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>一个手机号</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>一个电子邮箱</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>%1 and %2 (sharing %3): the same person, linked by %4 on %5.</source>
        <translation>%1 与 %2（共用 %3）：同一个人，由 %4 于 %5 关联。</translation>
    </message>
    <message>
        <source>%1 and %2 (sharing %3): different people, kept apart by %4 on %5.</source>
        <translation>%1 与 %2（共用 %3）：不同的人，由 %4 于 %5 标为分开。</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>同一个人</translation>
    </message>
    <message>
        <source>Link these accounts into one person (recorded with your name)</source>
        <translation>把这些账号关联为同一个人（以你的名义记录）</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>不同的人</translation>
    </message>
    <message>
        <source>Keep these accounts apart and stop asking (recorded with your name)</source>
        <translation>保持这些账号分开，不再询问（以你的名义记录）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Withdraw this decision: it is to be decided again</source>
        <translation>撤回这个决定：需要重新判断</translation>
    </message>
</context>
<context>
    <name>ConnectionCommand</name>
    <message>
        <source>[same options as add; only those given change]</source>
        <translation>[选项同 add；只修改给出的项]</translation>
    </message>
    <message>
        <source>Passwords: --password-stdin stores one in the OS keychain when there is one; otherwise
ZHIQIAO_PASSWORD, libpq&apos;s PGPASSWORD or pgpass file, or a prompt on a terminal.</source>
        <translation>密码：有系统钥匙串时，--password-stdin 会把密码存入其中；否则使用
ZHIQIAO_PASSWORD、libpq 的 PGPASSWORD 或 pgpass 文件，或在终端提示输入。</translation>
    </message>
    <message>
        <source>Name shown to people (unique).</source>
        <translation>显示给用户的名称（唯一）。</translation>
    </message>
    <message>
        <source>Server host name or address.</source>
        <translation>服务器主机名或地址。</translation>
    </message>
    <message>
        <source>Server port (default 5432).</source>
        <translation>服务器端口（默认 5432）。</translation>
    </message>
    <message>
        <source>Database name.</source>
        <translation>数据库名称。</translation>
    </message>
    <message>
        <source>Database user.</source>
        <translation>数据库用户。</translation>
    </message>
    <message>
        <source>disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>disable、allow、prefer、require、verify-ca 或 verify-full。</translation>
    </message>
    <message>
        <source>CA certificate file for verify-ca/verify-full.</source>
        <translation>用于 verify-ca/verify-full 的 CA 证书文件。</translation>
    </message>
    <message>
        <source>Adapter file, or :/adapters/&lt;name&gt;.json for a built-in one.</source>
        <translation>适配器文件；内置适配器用 :/adapters/&lt;name&gt;.json。</translation>
    </message>
    <message>
        <source>production, staging, test or development.</source>
        <translation>production、staging、test 或 development。</translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin.</source>
        <translation>从标准输入的第一行读取密码。</translation>
    </message>
    <message>
        <source>--port takes a number.</source>
        <translation>--port 需要一个数字。</translation>
    </message>
    <message>
        <source>Supply it with ZHIQIAO_PASSWORD or libpq&apos;s pgpass file instead.</source>
        <translation>请改用 ZHIQIAO_PASSWORD 或 libpq 的 pgpass 文件提供密码。</translation>
    </message>
    <message>
        <source>warning: the password was not stored. %1 %2</source>
        <translation>警告：密码未保存。%1 %2</translation>
    </message>
    <message>
        <source>warning: %1 (%2) %3</source>
        <translation>警告：%1（%2）%3</translation>
    </message>
    <message>
        <source>No saved connection is called &quot;%1&quot;. `zhiqiao-cli connection list` shows them.</source>
        <translation>没有名为“%1”的已保存连接。`zhiqiao-cli connection list` 可列出所有连接。</translation>
    </message>
    <message>
        <source>No saved connections. Add one with `zhiqiao-cli connection add`.</source>
        <translation>没有已保存的连接。可用 `zhiqiao-cli connection add` 添加。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>ADDRESS / USER / SSLMODE / ADAPTER</source>
        <translation>地址 / 用户 / SSL 模式 / 适配器</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>ok: %1 (%2): PostgreSQL %3, %4, adapter &quot;%5&quot; matches, %6 ms</source>
        <translation>正常：%1（%2）：PostgreSQL %3，%4，适配器“%5”与数据库匹配，%6 毫秒</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>已加密（TLS）</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>failed: %1 (%2): %3</source>
        <translation>失败：%1（%2）：%3</translation>
    </message>
    <message>
        <source>server said:</source>
        <translation>服务器返回：</translation>
    </message>
    <message>
        <source>Saved connection (edit, remove, test).</source>
        <translation>已保存的连接（edit、remove、test）。</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Edit connection</source>
        <translation>编辑连接</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <source>e.g. Dedao production</source>
        <translation>例如：得到生产库</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Leave empty to use the saved password or libpq&apos;s pgpass file</source>
        <translation>留空则使用已保存的密码或 libpq 的 pgpass 文件</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <source>No keychain here: the password is kept until Zhiqiao closes. %1</source>
        <translation>此处没有可用的钥匙串：密码仅保留到知桥关闭。%1</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and host name against your CA file: use it for production.</source>
        <translation>verify-full 会用您的 CA 文件校验服务器证书和主机名：生产环境请使用此模式。</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>SSL 模式(&amp;S)：</translation>
    </message>
    <message>
        <source>CA certificate (PEM) for verify-ca / verify-full</source>
        <translation>用于 verify-ca / verify-full 的 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Dedao (built-in)</source>
        <translation>得到（内置）</translation>
    </message>
    <message>
        <source>Ximalaya (built-in)</source>
        <translation>喜马拉雅（内置）</translation>
    </message>
    <message>
        <source>&amp;Adapter:</source>
        <translation>适配器(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the adapter file</source>
        <translation>选择适配器文件</translation>
    </message>
    <message>
        <source>Zhiqiao adapters (*.json);;All files (*)</source>
        <translation>知桥适配器 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>正在测试到 %1 的连接…</translation>
    </message>
    <message>
        <source>Connection works: PostgreSQL %1, %2, adapter &quot;%3&quot; matches (%4 ms).</source>
        <translation>连接正常：PostgreSQL %1，%2，适配器“%3”与数据库匹配（%4 毫秒）。</translation>
    </message>
    <message>
        <source>encrypted (TLS)</source>
        <translation>已加密（TLS）</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <source>No platform connections yet: add one under Platforms.</source>
        <translation>尚无平台连接：请在“平台”中添加。</translation>
    </message>
    <message>
        <source>%1 (%2)
%3
State: %4</source>
        <translation>%1（%2）
%3
状态：%4</translation>
    </message>
    <message>
        <source>Server: PostgreSQL %1%2</source>
        <translation>服务器：PostgreSQL %1%2</translation>
    </message>
    <message>
        <source>, TLS</source>
        <translation>，TLS</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>An unexpected error occurred while testing the connection.</source>
        <translation>测试连接时发生意外错误。</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>断开(&amp;C)</translation>
    </message>
    <message>
        <source>No connection selected. Add one with &quot;Add…&quot; (Insert).</source>
        <translation>未选择连接。可用“添加…”（Insert 键）新建。</translation>
    </message>
    <message>
        <source>User %1 on %2, SSL mode %3</source>
        <translation>%2 上的用户 %1，SSL 模式 %3</translation>
    </message>
    <message>
        <source>Adapter: %1</source>
        <translation>适配器：%1</translation>
    </message>
    <message>
        <source>PostgreSQL %1, %2, connected since %3</source>
        <translation>PostgreSQL %1，%2，自 %3 起已连接</translation>
    </message>
    <message>
        <source>encrypted (TLS)</source>
        <translation>已加密（TLS）</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; (%2)? Its saved password is removed as well; the database itself is not touched.</source>
        <translation>删除连接“%1”（%2）？其保存的密码也会一并删除；数据库本身不受影响。</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>正在测试到 %1 的连接…</translation>
    </message>
    <message>
        <source>Test passed: PostgreSQL %1, %2, adapter &quot;%3&quot; matches (%4 ms).</source>
        <translation>测试通过：PostgreSQL %1，%2，适配器“%3”与数据库匹配（%4 毫秒）。</translation>
    </message>
</context>
<context>
    <name>CopyWriter</name>
    <message>
        <source>The demo data could not be loaded (%1).</source>
        <translation>无法加载演示数据（%1）。</translation>
    </message>
    <message>
        <source>Could not start loading table %1.</source>
        <translation>无法开始加载表 %1。</translation>
    </message>
    <message>
        <source>Could not load table %1.</source>
        <translation>无法加载表 %1。</translation>
    </message>
    <message>
        <source>Loading table %1 failed (%2).</source>
        <translation>加载表 %1 失败（%2）。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>无法将图表保存到 %1。</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved.</source>
        <translation>无法保存表格。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not be loaded: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation>未加载。</translation>
    </message>
    <message>
        <source>Loading… %1 of %2 sections</source>
        <translation>正在加载…已完成 %1/%2 部分</translation>
    </message>
    <message>
        <source>Up to %1, the latest activity on this platform; days and months in %2.</source>
        <translation>数据截至 %1（该平台最近一次活动）；日期和月份按 %2 时区计算。</translation>
    </message>
    <message>
        <source>accounts in total</source>
        <translation>账号总数</translation>
    </message>
    <message>
        <source>%1, the last full month</source>
        <translation>%1，最近一个完整月</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>活跃用户</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <source>No orders in this period.</source>
        <translation>此期间没有订单。</translation>
    </message>
    <message>
        <source>Share of orders</source>
        <translation>订单占比</translation>
    </message>
    <message>
        <source>Share of net revenue</source>
        <translation>净收入占比</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Top items, last 24 months</source>
        <translation>热门内容（最近 24 个月）</translation>
    </message>
    <message>
        <source>Top items: %1</source>
        <translation>热门内容：%1</translation>
    </message>
    <message>
        <source>Shared people: %1</source>
        <translation>共同用户：%1</translation>
    </message>
    <message>
        <source>Shared people: connect another platform to see who is on both.</source>
        <translation>共同用户：再连接一个平台，即可查看哪些人同时在两个平台上。</translation>
    </message>
    <message>
        <source>Shared people (%1 people here, linked by e-mail or phone)</source>
        <translation>共同用户（本平台 %1 人，按电子邮箱或手机号关联）</translation>
    </message>
    <message>
        <source>No platform is connected.
Connect a platform on the Platforms page to see its dashboard.</source>
        <translation>尚未连接任何平台。
请在“平台”页面连接一个平台以查看其仪表板。</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>重新加载数据 (F5)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>New users per day (last 90 days)</source>
        <translation>每日新增用户（最近 90 天）</translation>
    </message>
    <message>
        <source>Active users per day (last 90 days)</source>
        <translation>每日活跃用户（最近 90 天）</translation>
    </message>
    <message>
        <source>New users per month</source>
        <translation>每月新增用户</translation>
    </message>
    <message>
        <source>Active users per month</source>
        <translation>每月活跃用户</translation>
    </message>
    <message>
        <source>Net revenue per month (refunds subtracted)</source>
        <translation>每月净收入（已扣除退款）</translation>
    </message>
    <message>
        <source>Category mix, last 24 months (% by top-level category)</source>
        <translation>品类构成，最近 24 个月（按一级品类，%）</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>%1 as PNG…</source>
        <translation>%1 保存为 PNG…</translation>
    </message>
    <message>
        <source>Top items as CSV…</source>
        <translation>热门内容导出为 CSV…</translation>
    </message>
    <message>
        <source>Shared people as CSV…</source>
        <translation>共同用户导出为 CSV…</translation>
    </message>
    <message>
        <source>By net revenue</source>
        <translation>按净收入</translation>
    </message>
    <message>
        <source>By buyers</source>
        <translation>按购买人数</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>The server needs a password for this user, and none is known.</source>
        <translation>服务器要求此用户提供密码，但当前没有已知密码。</translation>
    </message>
    <message>
        <source>The server rejected the user name or password.</source>
        <translation>服务器拒绝了该用户名或密码。</translation>
    </message>
    <message>
        <source>This user does not exist on the server.</source>
        <translation>服务器上不存在此用户。</translation>
    </message>
    <message>
        <source>This database does not exist on the server.</source>
        <translation>服务器上不存在此数据库。</translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be established: the server&apos;s certificate or SSL settings do not match.</source>
        <translation>无法建立安全（TLS）连接：服务器证书或 SSL 设置不匹配。</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the host name, the port and that the server is running.</source>
        <translation>无法访问服务器。请检查主机名、端口以及服务器是否在运行。</translation>
    </message>
    <message>
        <source>The server does not allow this user to connect from this machine.</source>
        <translation>服务器不允许此用户从本机连接。</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>连接失败。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>The database user lacks the permission for this operation.</source>
        <translation>数据库用户没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>数据库报告了一个错误。</translation>
    </message>
    <message>
        <source>The connection was lost while committing; the outcome is unknown.</source>
        <translation>提交时连接中断，结果未知。</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>发生意外错误。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>libpq connection string (default: libpq&apos;s PGHOST/PGPORT/... environment).</source>
        <translation>libpq 连接字符串（默认：libpq 的 PGHOST/PGPORT/... 环境变量）。</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Number of people (default 1000).</source>
        <translation>人数（默认 1000）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Create the demo platforms dedao and ximalaya with deterministic data.</source>
        <translation>用确定性数据创建演示平台 dedao 和 ximalaya。</translation>
    </message>
    <message>
        <source>--users must be a positive integer and --seed a non-negative integer</source>
        <translation>--users 必须是正整数，--seed 必须是非负整数</translation>
    </message>
    <message>
        <source>[%1 s] %2 rows (~%3%)  %4</source>
        <translation>[%1 秒] %2 行（约 %3%）  %4</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>elapsed %1 s, %2 rows/s</source>
        <translation>用时 %1 秒，%2 行/秒</translation>
    </message>
    <message>
        <source>Print a hash of the full content of the demo platforms.</source>
        <translation>输出演示平台全部内容的哈希值。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo needs at least one user.</source>
        <translation>演示数据至少需要一个用户。</translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled; the previous data is unchanged.</source>
        <translation>已取消创建演示数据；原有数据保持不变。</translation>
    </message>
    <message>
        <source>Creating the demo data was cancelled.</source>
        <translation>已取消创建演示数据。</translation>
    </message>
    <message>
        <source>A built-in demo schema is missing.</source>
        <translation>缺少内置的演示模式。</translation>
    </message>
    <message>
        <source>%1 indexes</source>
        <translation>%1 索引</translation>
    </message>
</context>
<context>
    <name>EntityBulkWriter</name>
    <message>
        <source>The key column %1 of %2 is not in the target database.</source>
        <translation>目标数据库中没有 %2 的键列 %1。</translation>
    </message>
    <message>
        <source>The target does not generate keys for %1.%2, so records cannot be written in bulk.</source>
        <translation>目标库不会为 %1.%2 生成键，因此无法批量写入记录。</translation>
    </message>
    <message>
        <source>The adapter for %1 does not say how to write entity &quot;%2&quot;.</source>
        <translation>%1 的适配器没有说明如何写入实体“%2”。</translation>
    </message>
    <message>
        <source>Entity %1 has no field &quot;%2&quot;.</source>
        <translation>实体 %1 没有字段“%2”。</translation>
    </message>
    <message>
        <source>The records are not of entity %1.</source>
        <translation>这些记录不属于实体 %1。</translation>
    </message>
    <message>
        <source>The target did not give %1 new keys for %2.</source>
        <translation>目标库没有为 %2 给出 %1 个新键。</translation>
    </message>
</context>
<context>
    <name>EntityReader</name>
    <message>
        <source>&quot;%1&quot; is not a canonical entity; use one of: %2.</source>
        <translation>“%1”不是规范实体；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The adapter for %1 does not describe entity &quot;%2&quot;.</source>
        <translation>%1 的适配器没有描述实体“%2”。</translation>
    </message>
    <message>
        <source>The adapter for %1 has not passed the check against this database.</source>
        <translation>%1 的适配器尚未通过针对此数据库的检查。</translation>
    </message>
    <message numerus="yes">
        <source>The key of %1 has %n value(s).</source>
        <translation>
            <numerusform>%1 的键有 %n 个值。</numerusform>
        </translation>
    </message>
    <message>
        <source>The adapter for %1 does not map %2.%3 to one column.</source>
        <translation>%1 的适配器没有将 %2.%3 映射到单独一列。</translation>
    </message>
</context>
<context>
    <name>EntityWriter</name>
    <message>
        <source>The adapter for %1 does not say how to write entity &quot;%2&quot;.</source>
        <translation>%1 的适配器没有说明如何写入实体“%2”。</translation>
    </message>
    <message>
        <source>Entity %1 has no field &quot;%2&quot;.</source>
        <translation>实体 %1 没有字段“%2”。</translation>
    </message>
    <message>
        <source>The adapter for %1 has not passed the check against this database.</source>
        <translation>%1 的适配器尚未通过针对此数据库的检查。</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>Environment: %1</source>
        <translation>环境：%1</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>预发布</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发</translation>
    </message>
</context>
<context>
    <name>ErrorBannerWidget</name>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Something went wrong.</source>
        <translation>出现了问题。</translation>
    </message>
    <message>
        <source>Server message:</source>
        <translation>服务器消息：</translation>
    </message>
    <message>
        <source>SQLSTATE: %1</source>
        <translation>SQLSTATE：%1</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>上下文：%1</translation>
    </message>
    <message>
        <source>Error kind: %1</source>
        <translation>错误类型：%1</translation>
    </message>
</context>
<context>
    <name>EvaluationTableModel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Training (s)</source>
        <translation>训练（秒）</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>注册渠道</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号状态</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>同意：%1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1，至 %2</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>已同意 %1</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation>已拒绝 %1</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
</context>
<context>
    <name>GoodbooksImport</name>
    <message>
        <source>The schema %1 exists already. Import with --replace to write it anew.</source>
        <translation>模式 %1 已存在。使用 --replace 导入可重新写入。</translation>
    </message>
    <message>
        <source>The import&apos;s COMMIT may not have reached the server.</source>
        <translation>导入的 COMMIT 可能未到达服务器。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: not user_id,book_id,rating (1–5).</source>
        <translation>%1 第 %2 行：不是 user_id,book_id,rating（1–5）格式。</translation>
    </message>
</context>
<context>
    <name>GoodbooksReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the header must name book_id, primary_genre_tag, group and title</source>
        <translation>表头必须包含 book_id、primary_genre_tag、group 和 title</translation>
    </message>
    <message>
        <source>line %1 has too few fields</source>
        <translation>第 %1 行字段太少</translation>
    </message>
    <message>
        <source>it lists no books</source>
        <translation>其中没有任何图书</translation>
    </message>
    <message>
        <source>the first line must be the header user_id,book_id,rating</source>
        <translation>第一行必须是表头 user_id,book_id,rating</translation>
    </message>
    <message>
        <source>line %1 is not user_id,book_id,rating</source>
        <translation>第 %1 行不是 user_id,book_id,rating 格式</translation>
    </message>
</context>
<context>
    <name>HeatmapGrid</name>
    <message numerus="yes">
        <source>%1, %2:00–%3:00: %n event(s)</source>
        <translation>
            <numerusform>%1 %2:00–%3:00：%n 次事件</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Events per hour slot over the whole period</source>
        <translation>整个时段内每小时的事件数</translation>
    </message>
</context>
<context>
    <name>InterestChartView</name>
    <message>
        <source>%1, %2: %3 % of the interest profile</source>
        <translation>%1，%2：占兴趣画像的 %3 %</translation>
    </message>
    <message>
        <source>Interest profile</source>
        <translation>兴趣画像</translation>
    </message>
    <message>
        <source>No interactions with categorised items in this period</source>
        <translation>这段时间没有与已分类内容的互动</translation>
    </message>
    <message>
        <source>Decayed interest per category, each platform adding up to 100 %; α = %1 (higher follows recent days more)</source>
        <translation>各类别的衰减兴趣，每个平台合计 100 %；α = %1（越大越偏重最近几天）</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>柱状图</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>雷达图</translation>
    </message>
    <message>
        <source>α: how much each active day moves the profile (0.01 slow to 1.00 only the last day)</source>
        <translation>α：每个活跃日对画像的影响（0.01 变化缓慢，1.00 只看最后一天）</translation>
    </message>
    <message>
        <source>Share of interest (%)</source>
        <translation>兴趣占比（%）</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>未分类</translation>
    </message>
</context>
<context>
    <name>Lane</name>
    <message>
        <source>The adapter does not match the database.</source>
        <translation>适配器与数据库不匹配。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>数据共享</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Zhiqiao — knowledge platform console</source>
        <translation>知桥 — 知识平台管理控制台</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect &amp;all</source>
        <translation>全部连接(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Zhiqiao</source>
        <translation>关于知桥(&amp;A)</translation>
    </message>
    <message>
        <source>About Zhiqiao</source>
        <translation>关于知桥</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Zhiqiao (知桥) %1&lt;/h3&gt;&lt;p&gt;An administration console for paid-knowledge platforms: connect to their databases, see users, migrate them between platforms with backups and validation, share data under consent, and preview recommendations.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;知桥 (Zhiqiao) %1&lt;/h3&gt;&lt;p&gt;面向知识付费平台的管理控制台：连接各平台数据库、查看用户、在平台之间迁移用户（含备份与校验）、在用户同意的前提下共享数据，并预览推荐结果。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation>预计剩余 %1 秒</translation>
    </message>
    <message>
        <source>plan fingerprint: %1</source>
        <translation>计划指纹：%1</translation>
    </message>
    <message>
        <source>run: %1  status: %2</source>
        <translation>运行：%1  状态：%2</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>quarant.</source>
        <translation>隔离</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>Migration plan file.</source>
        <translation>迁移计划文件。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 输出结果。</translation>
    </message>
    <message>
        <source>Backup file to write before loading.</source>
        <translation>加载前要写入的备份文件。</translation>
    </message>
    <message>
        <source>Backup key file (else the passphrase).</source>
        <translation>备份密钥文件（否则使用口令）。</translation>
    </message>
    <message>
        <source>Resume this run.</source>
        <translation>继续此运行。</translation>
    </message>
    <message>
        <source>--backup FILE is required: the run writes a backup before it changes the target</source>
        <translation>必须给出 --backup FILE：运行在更改目标库之前会先写入备份</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <source>no backup key: give --key-file or set %1</source>
        <translation>没有备份密钥：请给出 --key-file 或设置 %1</translation>
    </message>
    <message>
        <source>--run-id is not a run id</source>
        <translation>--run-id 不是有效的运行 ID</translation>
    </message>
    <message>
        <source>cancelled; resume with --run-id %1</source>
        <translation>已取消；可用 --run-id %1 继续</translation>
    </message>
    <message>
        <source>no such run: %1</source>
        <translation>没有此运行：%1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>status: %1 (%2)</source>
        <translation>状态：%1（%2）</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <source>backup: %1 sha256 %2</source>
        <translation>备份：%1 sha256 %2</translation>
    </message>
    <message>
        <source>summary: %1</source>
        <translation>汇总：%1</translation>
    </message>
    <message>
        <source>plan ok, fingerprint %1</source>
        <translation>计划有效，指纹 %1</translation>
    </message>
    <message>
        <source>`zhiqiao-cli migrate run --help` lists the options of dry-run and run.</source>
        <translation>`zhiqiao-cli migrate run --help` 列出 dry-run 和 run 的选项。</translation>
    </message>
</context>
<context>
    <name>MigrationBackup</name>
    <message>
        <source>Cannot read the backup file %1.</source>
        <translation>无法读取备份文件 %1。</translation>
    </message>
</context>
<context>
    <name>MigrationDryRun</name>
    <message>
        <source>The user did not consent to the migration.</source>
        <translation>该用户未同意迁移。</translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message>
        <source>The plan is not valid JSON: %1.</source>
        <translation>计划不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>A plan must be one JSON object.</source>
        <translation>计划必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Cannot read the plan file: %1.</source>
        <translation>无法读取计划文件：%1。</translation>
    </message>
</context>
<context>
    <name>MigrationPlanParser</name>
    <message>
        <source>Unknown key &quot;%1&quot;; expected one of: %2.</source>
        <translation>未知的键“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>The text contains a control character (U+%1).</source>
        <translation>文本包含控制字符（U+%1）。</translation>
    </message>
    <message>
        <source>The text is %1 characters long; at most %2 are allowed.</source>
        <translation>文本长度为 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Category path &quot;%1&quot; has an empty level; levels are joined with &quot;/&quot;.</source>
        <translation>类目路径“%1”含有空层级；各层级以“/”连接。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>缺少“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text.</source>
        <translation>“%1”必须是非空文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>“%1”必须是文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing; expected one of: %2.</source>
        <translation>缺少“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2.</source>
        <translation>“%1”必须是以下之一：%2。</translation>
    </message>
    <message>
        <source>A list of texts is expected.</source>
        <translation>此处应为文本列表。</translation>
    </message>
    <message>
        <source>A non-empty text is expected.</source>
        <translation>此处应为非空文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>“%1”不是以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>“%1”列出了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date (2024-01-31) or an ISO 8601 time with a zone (2024-01-31T08:00:00+08:00).</source>
        <translation>“%1”必须是日期（2024-01-31）或带时区的 ISO 8601 时间（2024-01-31T08:00:00+08:00）。</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; has no time zone; add Z or an offset such as +08:00.</source>
        <translation>时间“%1”没有时区；请加上 Z 或 +08:00 之类的偏移。</translation>
    </message>
    <message>
        <source>&quot;format&quot; is missing; a plan starts with &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>缺少“format”；计划应以 &quot;format&quot;: &quot;%1&quot; 开头。</translation>
    </message>
    <message>
        <source>This is not a migration plan: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>这不是迁移计划：“format”必须为“%1”。</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing.</source>
        <translation>缺少“version”。</translation>
    </message>
    <message>
        <source>Version %1 is not supported; this Zhiqiao reads version %2.</source>
        <translation>不支持版本 %1；此版本的知桥读取版本 %2。</translation>
    </message>
    <message>
        <source>The target must be another connection than the source.</source>
        <translation>目标必须是与源不同的连接。</translation>
    </message>
    <message>
        <source>&quot;scope&quot; is missing.</source>
        <translation>缺少“scope”。</translation>
    </message>
    <message>
        <source>&quot;entities&quot; is missing.</source>
        <translation>缺少“entities”。</translation>
    </message>
    <message>
        <source>&quot;require_migration_consent&quot; is missing (true or false).</source>
        <translation>缺少“require_migration_consent”（true 或 false）。</translation>
    </message>
    <message>
        <source>&quot;require_migration_consent&quot; must be true or false.</source>
        <translation>“require_migration_consent”必须为 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;batch_size&quot; must be a whole number from %1 to %2.</source>
        <translation>“batch_size”必须是 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>&quot;scope&quot; must be an object with a &quot;kind&quot;.</source>
        <translation>“scope”必须是含有“kind”的对象。</translation>
    </message>
    <message>
        <source>&quot;registered_to&quot; must be later than &quot;registered_from&quot;.</source>
        <translation>“registered_to”必须晚于“registered_from”。</translation>
    </message>
    <message>
        <source>&quot;consent_purpose&quot; must be one of: %1.</source>
        <translation>“consent_purpose”必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>A filter needs at least one criterion; use &quot;kind&quot;: &quot;all&quot; to move everyone.</source>
        <translation>筛选条件至少需要一项；若要迁移所有人，请使用 &quot;kind&quot;: &quot;all&quot;。</translation>
    </message>
    <message>
        <source>&quot;user_keys&quot; is missing.</source>
        <translation>缺少“user_keys”。</translation>
    </message>
    <message>
        <source>The list of users is empty.</source>
        <translation>用户列表为空。</translation>
    </message>
    <message>
        <source>&quot;entities&quot; must be a list such as [&quot;user&quot;, &quot;order&quot;].</source>
        <translation>“entities”必须是列表，例如 [&quot;user&quot;, &quot;order&quot;]。</translation>
    </message>
    <message>
        <source>Items are matched on the target, not moved; see &quot;items&quot;.</source>
        <translation>内容在目标平台上进行匹配，而不是迁移；参见“items”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entity a plan can move; expected: %2.</source>
        <translation>“%1”不是计划可以迁移的实体；应为：%2。</translation>
    </message>
    <message>
        <source>The plan moves nothing: list at least one entity.</source>
        <translation>该计划没有迁移任何内容：请至少列出一个实体。</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be an object.</source>
        <translation>“items”必须是对象。</translation>
    </message>
    <message>
        <source>&quot;map&quot; must be an object: source item key -&gt; target item key.</source>
        <translation>“map”必须是对象：源内容键 -&gt; 目标内容键。</translation>
    </message>
    <message>
        <source>A target item key (text) is expected.</source>
        <translation>此处应为目标内容键（文本）。</translation>
    </message>
</context>
<context>
    <name>MigrationReport</name>
    <message>
        <source>Migration validation report</source>
        <translation>迁移校验报告</translation>
    </message>
    <message>
        <source>Verdict: passed</source>
        <translation>结论：通过</translation>
    </message>
    <message>
        <source>Verdict: failed</source>
        <translation>结论：未通过</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Plan fingerprint</source>
        <translation>计划指纹</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>校验时间</translation>
    </message>
    <message>
        <source>Full check</source>
        <translation>完整检查</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Zhiqiao version</source>
        <translation>知桥版本</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Backup SHA-256</source>
        <translation>备份 SHA-256</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Batch rows</source>
        <translation>批次行数</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>已迁移</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>Mismatched</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>数量统计</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>隔离区</translation>
    </message>
    <message>
        <source>Nothing was quarantined.</source>
        <translation>没有记录被隔离。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Every migrated record matches.</source>
        <translation>所有迁移的记录均一致。</translation>
    </message>
    <message>
        <source>The first %1 of %2 differences are listed.</source>
        <translation>共 %2 处差异，列出前 %1 处。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source key</source>
        <translation>源键</translation>
    </message>
    <message>
        <source>Target key</source>
        <translation>目标键</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Field differences (expected → target)</source>
        <translation>字段差异（预期 → 目标）</translation>
    </message>
</context>
<context>
    <name>MigrationRollback</name>
    <message>
        <source>This run is being rolled back, or its rollback was interrupted; it cannot be resumed. Finish the rollback (zhiqiao-cli rollback RUN), then run the plan again as a new run.</source>
        <translation>此运行正在回滚，或其回滚被中断，不能继续。请先完成回滚（zhiqiao-cli rollback RUN），再以新运行重新执行该计划。</translation>
    </message>
    <message>
        <source>This run was rolled back; it cannot be resumed. Run the plan again as a new run.</source>
        <translation>此运行已回滚，不能继续。请以新运行重新执行该计划。</translation>
    </message>
    <message>
        <source>The run was rolled back and proven earlier; there is nothing left to do.</source>
        <translation>此运行此前已回滚并通过证明，无需再做任何事。</translation>
    </message>
    <message>
        <source>The rollback could not prove that the target is as before (see the proof); the run stays %1.</source>
        <translation>回滚未能证明目标库已恢复原状（见证明）；运行保持 %1 状态。</translation>
    </message>
    <message>
        <source>Rollback stopped: %1 Run the rollback again to finish it.</source>
        <translation>回滚已停止：%1 再次执行回滚即可完成。</translation>
    </message>
    <message>
        <source>The target adapter does not fit the target database.</source>
        <translation>目标适配器与目标数据库不符。</translation>
    </message>
    <message>
        <source>The workspace database (%1) is unreachable, so the run&apos;s record and backup cannot be found.</source>
        <translation>无法连接工作区数据库（%1），因此找不到该运行的记录和备份。</translation>
    </message>
    <message>
        <source>The target&apos;s migration ledger has no run %1: this is not the run&apos;s target, or nothing was recorded.</source>
        <translation>目标库的迁移台账中没有运行 %1：这不是该运行的目标库，或者未记录任何内容。</translation>
    </message>
    <message>
        <source>The plan given is not the one run %1 was made with (the fingerprints differ).</source>
        <translation>给定的计划不是运行 %1 所用的计划（指纹不同）。</translation>
    </message>
    <message>
        <source>The workspace has no record of run %1.</source>
        <translation>工作区中没有运行 %1 的记录。</translation>
    </message>
    <message>
        <source>Run %1 is running right now (its process is connected to the target). Stop it first.</source>
        <translation>运行 %1 此刻正在进行（其进程已连接到目标库）。请先停止它。</translation>
    </message>
    <message>
        <source>Run %1 is still running, or was killed while running. Stop it first; when no process runs it any more, roll back with --force.</source>
        <translation>运行 %1 仍在进行，或在运行中被强行终止。请先停止它；确认已无进程在执行它之后，使用 --force 回滚。</translation>
    </message>
    <message>
        <source>Another rollback of run %1 is in progress.</source>
        <translation>运行 %1 的另一个回滚正在进行。</translation>
    </message>
    <message>
        <source>%1 record(s) this run created are also in the ledger of run %2, which relies on them; roll that run back first.</source>
        <translation>此运行创建的 %1 条记录也出现在运行 %2 的台账中，该运行依赖这些记录；请先回滚那个运行。</translation>
    </message>
    <message>
        <source>The workspace has no backup of run %1, but its ledger names records it wrote; the rollback needs the backup.</source>
        <translation>工作区中没有运行 %1 的备份，但其台账记有它写入的记录；回滚需要该备份。</translation>
    </message>
    <message>
        <source>The workspace does not say where the backup of run %1 is; give its path.</source>
        <translation>工作区未记录运行 %1 的备份位置；请指定其路径。</translation>
    </message>
    <message>
        <source>%1 is not the backup run %2 wrote: its SHA-256 differs from the run record&apos;s.</source>
        <translation>%1 不是运行 %2 写入的备份：其 SHA-256 与运行记录中的不同。</translation>
    </message>
    <message>
        <source>%1 is the backup of another run.</source>
        <translation>%1 是另一个运行的备份。</translation>
    </message>
    <message>
        <source>The backup does not say which of its tables are the target&apos;s, and source and target are the same platform; restore the target&apos;s rows from it by hand.</source>
        <translation>该备份未注明哪些表属于目标库，而源与目标是同一平台；请手动从中恢复目标库的行。</translation>
    </message>
    <message>
        <source>Rollback resumed by %1 (the run was %2).</source>
        <translation>回滚由 %1 继续（运行原状态为 %2）。</translation>
    </message>
    <message>
        <source>Rollback started by %1 (the run was %2).</source>
        <translation>回滚由 %1 发起（运行原状态为 %2）。</translation>
    </message>
    <message>
        <source>The rollback was cancelled; run it again to finish it.</source>
        <translation>回滚已取消；再次执行即可完成。</translation>
    </message>
    <message>
        <source>%1 row(s) in %2 belong to users this run created but were not written by it (added on the target after the run?). The users stay; move or delete those rows, then run the rollback again.</source>
        <translation>%2 中有 %1 行属于此运行创建的用户，但并非由它写入（可能是运行后在目标库新增的）。这些用户暂不删除；请迁走或删除这些行，然后再次执行回滚。</translation>
    </message>
    <message>
        <source>%1 backed-up target row(s) could not be put back identically; nothing of the restore was kept.</source>
        <translation>%1 行已备份的目标库数据无法原样恢复；本次恢复未保留任何更改。</translation>
    </message>
    <message>
        <source>(a) Rows the ledger names as created that are still on the target: %1 of %2 (%3); child rows: %4; rows of other tables belonging to created users: %5.</source>
        <translation>(a) 台账记为新建且仍在目标库中的行：%2 行中有 %1 行（%3）；子表行：%4；其他表中属于新建用户的行：%5。</translation>
    </message>
    <message>
        <source>(b) The run has no backup: it stopped before its first write, so it changed no target row.</source>
        <translation>(b) 该运行没有备份：它在首次写入前就已停止，因此未更改目标库的任何行。</translation>
    </message>
    <message>
        <source>(b) The backup holds no target rows (no merged users): the run changed no existing target row.</source>
        <translation>(b) 备份中没有目标库的行（没有合并的用户）：该运行未更改目标库中已有的任何行。</translation>
    </message>
    <message>
        <source>(b) Backed-up target rows (%1) compared after the restore by per-row SHA-256: %2 differ; %3 row(s) were written back.</source>
        <translation>(b) 恢复后按逐行 SHA-256 比较已备份的目标库行（%1）：%2 行不同；写回了 %3 行。</translation>
    </message>
    <message>
        <source>%1 row(s) checked.</source>
        <translation>共检查 %1 行。</translation>
    </message>
    <message>
        <source>(c) The run does not record table row counts from before it started, so the proof rests on (a) and (b): the run only inserted rows (all gone) and changed no other row than the backed-up ones (all identical). Sequences it advanced are not moved back; the gap is harmless.</source>
        <translation>(c) 该运行未记录开始前各表的行数，因此证明基于 (a) 和 (b)：运行只插入了行（已全部删除），除已备份的行（全部一致）外未更改其他行。运行推进过的序列不会回退；由此产生的编号间隔无害。</translation>
    </message>
    <message>
        <source>Rolled back by %1: %2</source>
        <translation>由 %1 回滚：%2</translation>
    </message>
    <message>
        <source>%1 notification(s) about this run had already been sent; those users were told of a migration that is now undone.</source>
        <translation>关于此运行的 %1 条通知已经发出；这些用户收到的是一次现已撤销的迁移的通知。</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>The source adapter does not fit the source database.</source>
        <translation>源适配器与源数据库不匹配。</translation>
    </message>
    <message>
        <source>The target adapter does not fit the target database.</source>
        <translation>目标适配器与目标数据库不匹配。</translation>
    </message>
    <message>
        <source>The source platform has no entity &quot;%1&quot;.</source>
        <translation>源平台没有实体“%1”。</translation>
    </message>
    <message>
        <source>The target platform cannot write entity &quot;%1&quot;.</source>
        <translation>目标平台无法写入实体“%1”。</translation>
    </message>
    <message>
        <source>A migration run needs a backup file and its passphrase or key file.</source>
        <translation>迁移运行需要备份文件及其口令或密钥文件。</translation>
    </message>
    <message>
        <source>The workspace database (%1) is unreachable, so the run cannot be recorded. Set %2 or start the local PostgreSQL.</source>
        <translation>无法访问工作区数据库（%1），因此无法记录此次运行。请设置 %2 或启动本地 PostgreSQL。</translation>
    </message>
    <message>
        <source>The run does not balance: for some entity the records in scope differ from created + merged + skipped + quarantined + dropped.</source>
        <translation>此次运行不平衡：某些实体范围内的记录数不等于 创建 + 合并 + 跳过 + 隔离 + 丢弃 之和。</translation>
    </message>
    <message>
        <source>The run was cancelled; run it again with the same run id to resume.</source>
        <translation>运行已取消；使用相同的运行 ID 再次运行即可继续。</translation>
    </message>
    <message>
        <source>Record %1 of %2 cannot be migrated (%3: %4); the plan stops at the first error.</source>
        <translation>%2 的记录 %1 无法迁移（%3：%4）；计划在遇到第一个错误时停止。</translation>
    </message>
    <message>
        <source>The plan lists this user key, but the source has no such user.</source>
        <translation>计划列出了此用户键，但源库中没有该用户。</translation>
    </message>
    <message>
        <source>The plan lists user keys the source does not have; nothing is moved for them: %1</source>
        <translation>计划列出了源库中不存在的用户键，这些键不会迁移任何内容：%1</translation>
    </message>
    <message>
        <source>The connection to the target database was lost and %1 attempts to go on failed; the run stopped. Run it again with the same run id to resume.</source>
        <translation>与目标数据库的连接已断开，%1 次继续尝试均失败，运行已停止。请使用相同的运行 ID 再次运行以继续。</translation>
    </message>
    <message>
        <source>The connection to the source database was lost and %1 attempts to go on failed; the run stopped. Run it again with the same run id to resume.</source>
        <translation>与源数据库的连接已断开，%1 次继续尝试均失败，运行已停止。请使用相同的运行 ID 再次运行以继续。</translation>
    </message>
    <message>
        <source>The connection to the target database was lost (%1); reconnecting, retry %2 of %3.</source>
        <translation>与目标数据库的连接已断开（%1）；正在重新连接，第 %2 次重试（共 %3 次）。</translation>
    </message>
    <message>
        <source>The connection to the source database was lost (%1); reconnecting, retry %2 of %3.</source>
        <translation>与源数据库的连接已断开（%1）；正在重新连接，第 %2 次重试（共 %3 次）。</translation>
    </message>
</context>
<context>
    <name>MigrationScopeReader</name>
    <message>
        <source>Scope by category is not supported by this version of the migration engine.</source>
        <translation>此版本的迁移引擎不支持按类目限定范围。</translation>
    </message>
    <message>
        <source>The source platform has no consent records, but the plan needs them.</source>
        <translation>源平台没有授权同意记录，但计划需要这些记录。</translation>
    </message>
    <message>
        <source>Records of %1 on the source do not say which user they belong to.</source>
        <translation>源库中 %1 的记录没有说明属于哪个用户。</translation>
    </message>
</context>
<context>
    <name>MigrationValidator</name>
    <message>
        <source>The target&apos;s migration ledger has no record of this run.</source>
        <translation>目标平台的迁移台账中没有此次运行的记录。</translation>
    </message>
    <message>
        <source>The target adapter does not describe entity &quot;%1&quot;.</source>
        <translation>目标适配器没有描述实体“%1”。</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>This is not a usable model file: %1</source>
        <translation>这不是可用的模型文件：%1</translation>
    </message>
    <message>
        <source>it does not start with the Zhiqiao model header.</source>
        <translation>文件开头不是知桥模型文件头。</translation>
    </message>
    <message>
        <source>it is of format version %1; this Zhiqiao reads version %2.</source>
        <translation>其格式版本为 %1；本版知桥只能读取版本 %2。</translation>
    </message>
    <message>
        <source>its checksum does not match (the file is damaged or was altered).</source>
        <translation>校验和不符（文件已损坏或被改动）。</translation>
    </message>
    <message>
        <source>it holds a model of kind “%1”.</source>
        <translation>其中是“%1”类型的模型。</translation>
    </message>
    <message>
        <source>it ends early.</source>
        <translation>文件提前结束。</translation>
    </message>
    <message>
        <source>its matrices do not fit its keys.</source>
        <translation>其矩阵与键不一致。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>its lists of keys do not fit the file.</source>
        <translation>其键列表与文件大小不符。</translation>
    </message>
</context>
<context>
    <name>OfflineEvaluation</name>
    <message>
        <source>Training iALS</source>
        <translation>正在训练 iALS</translation>
    </message>
    <message>
        <source>Training item-kNN</source>
        <translation>正在训练物品近邻模型</translation>
    </message>
    <message>
        <source>Scoring held-out people</source>
        <translation>正在为留出的用户打分</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Transfer, mapping only</source>
        <translation>迁移（仅映射）</translation>
    </message>
    <message>
        <source>Interest profile carried across</source>
        <translation>跨平台带入的兴趣画像</translation>
    </message>
    <message>
        <source>Target-platform popularity</source>
        <translation>目标平台热门</translation>
    </message>
    <message>
        <source>Upper bound: in-platform iALS with half the hidden history</source>
        <translation>上限：使用一半隐藏历史的平台内 iALS</translation>
    </message>
    <message>
        <source>Preparing the training data</source>
        <translation>正在准备训练数据</translation>
    </message>
    <message>
        <source>Training iALS on the source platform</source>
        <translation>正在源平台上训练 iALS</translation>
    </message>
    <message>
        <source>Training iALS on the target platform</source>
        <translation>正在目标平台上训练 iALS</translation>
    </message>
    <message>
        <source>Scoring cold-start people</source>
        <translation>正在为冷启动用户打分</translation>
    </message>
</context>
<context>
    <name>OverlapModel</name>
    <message>
        <source>Other platform</source>
        <translation>其他平台</translation>
    </message>
    <message>
        <source>People on both</source>
        <translation>两边都有的人数</translation>
    </message>
    <message>
        <source>% of people here</source>
        <translation>占本平台人数 %</translation>
    </message>
    <message>
        <source>% of people there</source>
        <translation>占对方平台人数 %</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>Enter the password of user &quot;%1&quot; on %2.</source>
        <translation>请输入 %2 上用户“%1”的密码。</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept until Zhiqiao closes.</source>
        <translation>没有可用的钥匙串：密码仅保留到知桥关闭。</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>The keychain is turned off (ZHIQIAO_NO_KEYCHAIN=1).</source>
        <translation>钥匙串已关闭（ZHIQIAO_NO_KEYCHAIN=1）。</translation>
    </message>
    <message>
        <source>No keychain service is running in this desktop session.</source>
        <translation>当前桌面会话中没有运行钥匙串服务。</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation>无法使用钥匙串：%1</translation>
    </message>
    <message>
        <source>The password is kept for this session only: %1</source>
        <translation>密码仅在本次会话中保留：%1</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain; it is kept for this session only.</source>
        <translation>无法将密码保存到钥匙串；仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain.</source>
        <translation>无法从钥匙串中删除密码。</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>user id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n 处冲突待裁决</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts that share an identifier but differ in another are not linked until a person decides.</source>
        <translation>共用一个标识但另一个标识不同的账号，在有人裁决之前不会关联。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号数</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>待审</translation>
    </message>
</context>
<context>
    <name>PgSession</name>
    <message>
        <source>The connection failed.</source>
        <translation>连接失败。</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
    <message>
        <source>The database user lacks the permission for this operation.</source>
        <translation>数据库用户没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>数据库报告了一个错误。</translation>
    </message>
    <message>
        <source>The query could not be sent.</source>
        <translation>无法发送查询。</translation>
    </message>
    <message>
        <source>The data could not be loaded.</source>
        <translation>无法加载数据。</translation>
    </message>
    <message>
        <source>Loading was stopped; nothing of it was kept.</source>
        <translation>加载已停止，未保留任何已加载的内容。</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>无法读取数据。</translation>
    </message>
    <message>
        <source>The transaction had failed earlier and was rolled back.</source>
        <translation>该事务此前已失败，并已回滚。</translation>
    </message>
    <message>
        <source>The transaction could not be committed and was rolled back.</source>
        <translation>无法提交该事务，已回滚。</translation>
    </message>
    <message>
        <source>The connection was lost while committing; the outcome is unknown.</source>
        <translation>提交时连接中断，结果未知。</translation>
    </message>
    <message>
        <source>A value could not be quoted for SQL.</source>
        <translation>无法为 SQL 转义某个值。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Migrations</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Move users and everything they own from one platform to another, and prove nothing was lost.</source>
        <translation>将用户及其全部数据从一个平台迁移到另一个平台，并证明没有任何遗漏。</translation>
    </message>
    <message>
        <source>Migration plans: scope, entities, category and event maps, conflict and error policies.</source>
        <translation>迁移计划：范围、实体、类目与事件映射、冲突与错误策略。</translation>
    </message>
    <message>
        <source>Dry run showing who would be created, merged, skipped or held back, and why.</source>
        <translation>试运行：显示哪些用户将被创建、合并、跳过或暂扣，以及原因。</translation>
    </message>
    <message>
        <source>Encrypted backup before any write, exactly-once loading, resume after interruption.</source>
        <translation>写入前加密备份、恰好一次加载、中断后可续传。</translation>
    </message>
    <message>
        <source>Validation reports record by record, quarantine of bad records, rollback.</source>
        <translation>逐条记录的校验报告、问题记录隔离、回滚。</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>数据共享</translation>
    </message>
    <message>
        <source>Share data between platforms only where users consented.</source>
        <translation>仅在用户同意的情况下在平台之间共享数据。</translation>
    </message>
    <message>
        <source>Sharing agreements stating scope and permissions between platforms.</source>
        <translation>说明平台之间共享范围和权限的共享协议。</translation>
    </message>
    <message>
        <source>Consent checks per person and purpose, de-identification of what is shared.</source>
        <translation>按用户和用途检查同意情况，对共享数据去标识化。</translation>
    </message>
    <message>
        <source>Every share recorded for audit.</source>
        <translation>每次共享都记录在案以供审计。</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Review who did what, and prove the log has not been altered.</source>
        <translation>审查谁做了什么，并证明日志未被篡改。</translation>
    </message>
    <message>
        <source>Every migration, export and reveal of personal data, with operator, time and plan.</source>
        <translation>每一次迁移、导出和个人数据查看，附操作人、时间和计划。</translation>
    </message>
    <message>
        <source>A tamper-evident log with verification.</source>
        <translation>可验证的防篡改日志。</translation>
    </message>
    <message>
        <source>Filters by period, operator and kind of action; export for reviewers.</source>
        <translation>按时间段、操作人和操作类型筛选；可导出供审查人员使用。</translation>
    </message>
    <message>
        <source>Not built yet. This area arrives in a later release; it shows no data until then.</source>
        <translation>尚未实现。此功能区将在后续版本中提供，在此之前不显示任何数据。</translation>
    </message>
    <message>
        <source>What will come here:</source>
        <translation>即将提供：</translation>
    </message>
</context>
<context>
    <name>PlatformFigures</name>
    <message>
        <source>The adapter does not match the database.</source>
        <translation>适配器与数据库不匹配。</translation>
    </message>
</context>
<context>
    <name>PlatformFiguresWidget</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Progress records</source>
        <translation>学习进度</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>行为事件</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>Connect to see how many records this platform holds.</source>
        <translation>连接后即可查看此平台的记录数量。</translation>
    </message>
    <message>
        <source>Counting records through the adapter…</source>
        <translation>正在通过适配器统计记录…</translation>
    </message>
    <message>
        <source>The records could not be counted: %1</source>
        <translation>无法统计记录：%1</translation>
    </message>
    <message>
        <source>Records per canonical entity, read through the platform&apos;s adapter.</source>
        <translation>各规范实体的记录数，通过平台适配器读取。</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>重新统计</translation>
    </message>
</context>
<context>
    <name>PlatformInteractions</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>读取已取消。</translation>
    </message>
</context>
<context>
    <name>PlatformSession</name>
    <message>
        <source>Saved connection profile to use.</source>
        <translation>要使用的已保存连接配置。</translation>
    </message>
    <message>
        <source>libpq connection string instead of a profile (&quot;&quot; = the PG* environment).</source>
        <translation>代替连接配置的 libpq 连接字符串（&quot;&quot; 表示使用 PG* 环境变量）。</translation>
    </message>
    <message>
        <source>Adapter file (or :/adapters/&lt;name&gt;.json); default: the profile&apos;s adapter.</source>
        <translation>适配器文件（或 :/adapters/&lt;name&gt;.json）；默认使用连接配置中的适配器。</translation>
    </message>
    <message>
        <source>No adapter file: give --adapter FILE, or a --platform whose profile names one.</source>
        <translation>没有适配器文件：请指定 --adapter FILE，或指定其配置中含有适配器的 --platform。</translation>
    </message>
</context>
<context>
    <name>PlatformWorker</name>
    <message>
        <source>The platform was disconnected.</source>
        <translation>平台已断开连接。</translation>
    </message>
    <message>
        <source>The adapter does not match the database.</source>
        <translation>适配器与数据库不匹配。</translation>
    </message>
    <message>
        <source>A newer request replaced this one.</source>
        <translation>已被更新的请求取代。</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>Item</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>推荐理由</translation>
    </message>
</context>
<context>
    <name>ProfileLabels</name>
    <message>
        <source>Views</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>其他事件</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>The account %1 no longer exists on %2.</source>
        <translation>账号 %1 在 %2 上已不存在。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>请输入连接名称。</translation>
    </message>
    <message>
        <source>Another connection is already called &quot;%1&quot;.</source>
        <translation>已有名为“%1”的连接。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>请输入服务器的主机名或地址。</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>端口必须介于 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>请输入数据库名称。</translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation>请输入数据库用户。</translation>
    </message>
    <message>
        <source>Choose an SSL mode.</source>
        <translation>请选择 SSL 模式。</translation>
    </message>
    <message>
        <source>SSL mode verify-full needs the CA certificate file that signed the server&apos;s certificate.</source>
        <translation>SSL 模式 verify-full 需要签发服务器证书的 CA 证书文件。</translation>
    </message>
    <message>
        <source>Choose the environment (production, staging, test or development).</source>
        <translation>请选择环境（生产、预发布、测试或开发）。</translation>
    </message>
    <message>
        <source>Choose the adapter file that describes this platform&apos;s database.</source>
        <translation>请选择描述此平台数据库的适配器文件。</translation>
    </message>
    <message>
        <source>A connection with this id already exists.</source>
        <translation>已存在使用此 ID 的连接。</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>此连接已不存在。</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message numerus="yes">
        <source>Whole person (%n account(s))</source>
        <translation>
            <numerusform>整个人（%n 个账号）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 account %2</source>
        <translation>%1 账号 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s) could not be read: %1</source>
        <translation>
            <numerusform>%n 个平台无法读取：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Reveal personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <source>Names, e-mail addresses and phone numbers of this person will be shown unmasked, and this will be recorded.
Why do you need them?</source>
        <translation>将不加遮盖地显示此人的姓名、电子邮箱和手机号，并记录此操作。
您为什么需要查看？</translation>
    </message>
    <message>
        <source>The reveal could not be recorded, so nothing is shown.</source>
        <translation>无法记录本次查看，因此不显示任何内容。</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>导出画像</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>%1 的用户画像</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 · exported %2</source>
        <translation>%1 · 导出于 %2</translation>
    </message>
    <message>
        <source>Mask personal data</source>
        <translation>遮盖个人信息</translation>
    </message>
    <message>
        <source>Reveal personal data…</source>
        <translation>显示个人信息…</translation>
    </message>
    <message>
        <source>Show this person&apos;s names, e-mail addresses and phone numbers unmasked (recorded for audit).</source>
        <translation>不加遮盖地显示此人的姓名、电子邮箱和手机号（记录以备审计）。</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Search for a person above and choose them to see their profile.</source>
        <translation>在上方搜索并选择一个人，即可查看其画像。</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Basic facts</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Learning progress</source>
        <translation>学习进度</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file, as shown</source>
        <translation>按当前显示内容将此表保存为 CSV 文件</translation>
    </message>
    <message numerus="yes">
        <source>On %1 · %n account(s)</source>
        <translation>
            <numerusform>位于 %1 · %n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), %1 paid, %2 refunded, %4 net (refunds: %3)</source>
        <translation>
            <numerusform>%n 笔订单，已付 %1，已退款 %2，净额 %4（退款 %3 笔）</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision could not be recorded in the workspace: %1</source>
        <translation>无法在工作区记录这个决定：%1</translation>
    </message>
    <message>
        <source>Recommendations…</source>
        <translation>推荐…</translation>
    </message>
    <message>
        <source>What the platforms would recommend to this person, and what they will see on day one after a migration.</source>
        <translation>各平台会向此人推荐什么，以及迁移后第一天此人会看到什么。</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>学习时长</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近学习</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>PurchasesModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>(item %1 not in the catalogue)</source>
        <translation>（内容 %1 不在目录中）</translation>
    </message>
</context>
<context>
    <name>ReadCommand</name>
    <message>
        <source>entities: %1</source>
        <translation>实体：%1</translation>
    </message>
    <message>
        <source>--after takes the key printed after a page; a composite key is comma-separated or a
JSON array, e.g. --after &apos;[&quot;42&quot;,&quot;7&quot;]&apos;.</source>
        <translation>--after 接受每页之后输出的键；复合键用逗号分隔，或写成
JSON 数组，例如 --after &apos;[&quot;42&quot;,&quot;7&quot;]&apos;。</translation>
    </message>
    <message>
        <source>Canonical entity to read.</source>
        <translation>要读取的规范实体。</translation>
    </message>
    <message>
        <source>Records to read (default 20).</source>
        <translation>要读取的记录数（默认 20）。</translation>
    </message>
    <message>
        <source>Start after this key (paging).</source>
        <translation>从此键之后开始（分页）。</translation>
    </message>
    <message>
        <source>table, json or tsv (default table).</source>
        <translation>table、json 或 tsv（默认 table）。</translation>
    </message>
    <message>
        <source>Print the number of records instead.</source>
        <translation>改为输出记录数。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>--entity is required.</source>
        <translation>必须给出 --entity。</translation>
    </message>
    <message>
        <source>Unknown entity &quot;%1&quot;.</source>
        <translation>未知的实体“%1”。</translation>
    </message>
    <message>
        <source>Give --platform NAME, or --dsn CONNINFO with --adapter FILE.</source>
        <translation>请给出 --platform NAME，或同时给出 --dsn CONNINFO 和 --adapter FILE。</translation>
    </message>
    <message>
        <source>--limit takes a number of records.</source>
        <translation>--limit 需要一个记录数。</translation>
    </message>
    <message>
        <source>--format is table, json or tsv.</source>
        <translation>--format 只能是 table、json 或 tsv。</translation>
    </message>
    <message>
        <source>The adapter cannot be used with this database:</source>
        <translation>该适配器不能用于此数据库：</translation>
    </message>
    <message>
        <source>next page: --after %1</source>
        <translation>下一页：--after %1</translation>
    </message>
</context>
<context>
    <name>RecommendCommand</name>
    <message>
        <source>Directory of the goodbooks files (ratings.csv, book_groups.csv).</source>
        <translation>goodbooks 文件所在目录（ratings.csv、book_groups.csv）。</translation>
    </message>
    <message>
        <source>goodbooks books to use: all, fiction or nonfiction (default all).</source>
        <translation>使用的 goodbooks 图书：all、fiction 或 nonfiction（默认 all）。</translation>
    </message>
    <message>
        <source>Saved connection to read the interactions from.</source>
        <translation>读取交互数据的已保存连接。</translation>
    </message>
    <message>
        <source>libpq connection string; --platform and --cold-start then name adapters (a file, or dedao, ximalaya) instead of saved connections.</source>
        <translation>libpq 连接字符串；此时 --platform 和 --cold-start 指定的是适配器（文件，或 dedao、ximalaya），而不是已保存的连接。</translation>
    </message>
    <message>
        <source>iALS factors (default 64).</source>
        <translation>iALS 因子数（默认 64）。</translation>
    </message>
    <message>
        <source>iALS iterations (default 15).</source>
        <translation>iALS 迭代次数（默认 15）。</translation>
    </message>
    <message>
        <source>iALS regularisation λ (default 0.03).</source>
        <translation>iALS 正则化系数 λ（默认 0.03）。</translation>
    </message>
    <message>
        <source>iALS confidence scale α (default 40).</source>
        <translation>iALS 置信度系数 α（默认 40）。</translation>
    </message>
    <message>
        <source>Conjugate-gradient steps per row (default 3).</source>
        <translation>每行的共轭梯度步数（默认 3）。</translation>
    </message>
    <message>
        <source>Use one λ for every row instead of λ scaled by the row&apos;s weight.</source>
        <translation>所有行使用同一个 λ，而不是按行权重缩放的 λ。</translation>
    </message>
    <message>
        <source>Threads (default: one per core).</source>
        <translation>线程数（默认每个核心一个）。</translation>
    </message>
    <message>
        <source>Seed of every random choice (default 1).</source>
        <translation>所有随机选择的种子（默认 1）。</translation>
    </message>
    <message>
        <source>--factors (1–1024), --iterations (1–1000), --cg-steps (1–64), --threads and --seed take whole numbers, --regularization and --alpha numbers ≥ 0</source>
        <translation>--factors（1–1024）、--iterations（1–1000）、--cg-steps（1–64）、--threads 和 --seed 需要整数，--regularization 和 --alpha 需要 ≥ 0 的数</translation>
    </message>
    <message>
        <source>No adapter file %1.</source>
        <translation>没有适配器文件 %1。</translation>
    </message>
    <message>
        <source>Offline evaluation: Recall@20, NDCG@20, HR@10 and coverage of iALS, item-kNN, popularity and the interest profile on held-out people; with --cold-start, the cross-platform transfer on people new to the target.</source>
        <translation>离线评估：在留出的用户上计算 iALS、物品近邻、热门和兴趣画像的 Recall@20、NDCG@20、HR@10 和覆盖率；加 --cold-start 时评估跨平台迁移对目标平台新用户的效果。</translation>
    </message>
    <message>
        <source>Ratings file (goodbooks format) of the people to evaluate on; the models train on the rest.</source>
        <translation>用于评估的用户评分文件（goodbooks 格式）；模型用其余数据训练。</translation>
    </message>
    <message>
        <source>Cold start from one platform to another: goodbooks groups (fiction:nonfiction) or saved connections (A:B).</source>
        <translation>从一个平台到另一个平台的冷启动：goodbooks 分组（fiction:nonfiction）或已保存的连接（A:B）。</translation>
    </message>
    <message>
        <source>Migration plan whose category map carries interest profiles across (databases).</source>
        <translation>用其分类映射跨平台带入兴趣画像的迁移计划（数据库）。</translation>
    </message>
    <message>
        <source>Also write the report as JSON to this file.</source>
        <translation>同时把报告以 JSON 写入此文件。</translation>
    </message>
    <message>
        <source>--cold-start takes FROM:TO, e.g. fiction:nonfiction</source>
        <translation>--cold-start 的格式是 源:目标，例如 fiction:nonfiction</translation>
    </message>
    <message>
        <source>goodbooks groups are all, fiction and nonfiction</source>
        <translation>goodbooks 分组为 all、fiction 和 nonfiction</translation>
    </message>
    <message>
        <source>--holdout needs --goodbooks (the file is in the goodbooks ratings format)</source>
        <translation>--holdout 需要 --goodbooks（该文件为 goodbooks 评分格式）</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>用时 %1 秒</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Trains iALS on a platform&apos;s interactions and saves the model file.</source>
        <translation>用平台的交互数据训练 iALS 并保存模型文件。</translation>
    </message>
    <message>
        <source>Model file to write.</source>
        <translation>要写入的模型文件。</translation>
    </message>
    <message>
        <source>Training: %1 of %2 half-iterations</source>
        <translation>训练中：第 %1 / %2 个半迭代</translation>
    </message>
    <message>
        <source>%1: %2 people, %3 items, %4 interactions; %5 s per iteration; written to %6</source>
        <translation>%1：%2 人，%3 个内容，%4 条交互；每次迭代 %5 秒；已写入 %6</translation>
    </message>
    <message>
        <source>What a person will be recommended on a migration plan&apos;s target on day one, before they have any history there: the cross-platform transfer from their history on the source, next to the target&apos;s popularity.</source>
        <translation>某人在迁移计划的目标平台上第一天（尚无任何历史时）会得到的推荐：由其源平台历史做跨平台迁移，并与目标平台热门对照。</translation>
    </message>
    <message>
        <source>Migration plan (its source, target and category map).</source>
        <translation>迁移计划（其源平台、目标平台和分类映射）。</translation>
    </message>
    <message>
        <source>The person&apos;s user key on the source platform.</source>
        <translation>此人在源平台上的用户键。</translation>
    </message>
    <message>
        <source>How many recommendations (default 10).</source>
        <translation>推荐数量（默认 10）。</translation>
    </message>
    <message>
        <source>%1 has no history on %2 under the key %3: nothing to carry across.</source>
        <translation>%2 上键为 %3 的用户没有历史：没有可带入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %n item(s) of history</source>
        <translation>
            <numerusform>%2 上的 %1：%n 项历史</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — day one on %2</source>
        <translation>%1 — 在 %2 的第一天</translation>
    </message>
    <message>
        <source>The mapping learnt from %1 people on both platforms.</source>
        <translation>映射由两个平台都有的 %1 人学得。</translation>
    </message>
    <message>
        <source>Imports goodbooks-10k into PostgreSQL as two platforms (schemas goodbooks_fiction and goodbooks_nonfiction), read through the adapters :/adapters/goodbooks-fiction.json and :/adapters/goodbooks-nonfiction.json.</source>
        <translation>把 goodbooks-10k 作为两个平台导入 PostgreSQL（模式 goodbooks_fiction 和 goodbooks_nonfiction），通过适配器 :/adapters/goodbooks-fiction.json 和 :/adapters/goodbooks-nonfiction.json 读取。</translation>
    </message>
    <message>
        <source>libpq connection string of the database to import into (&quot;&quot; = the PG* environment).</source>
        <translation>要导入的数据库的 libpq 连接字符串（&quot;&quot; 表示使用 PG* 环境变量）。</translation>
    </message>
    <message>
        <source>Write the two schemas anew when they exist.</source>
        <translation>两个模式已存在时重新写入。</translation>
    </message>
    <message>
        <source>%1: %2 readers, %3 books, %4 ratings</source>
        <translation>%1：%2 位读者，%3 本书，%4 条评分</translation>
    </message>
    <message>
        <source>Imported in %1 s. goodbooks-10k by Zygmunt Zając, CC BY-SA 4.0.</source>
        <translation>导入用时 %1 秒。goodbooks-10k 作者 Zygmunt Zając，CC BY-SA 4.0 许可。</translation>
    </message>
    <message>
        <source>--cold-start needs two different platforms (goodbooks: fiction:nonfiction or nonfiction:fiction)</source>
        <translation>--cold-start 需要两个不同的平台（goodbooks：fiction:nonfiction 或 nonfiction:fiction）</translation>
    </message>
</context>
<context>
    <name>RecommendEngine</name>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 未连接。</translation>
    </message>
    <message>
        <source>The models were not trained.</source>
        <translation>模型尚未训练。</translation>
    </message>
    <message>
        <source>No recommendations from %1: %2</source>
        <translation>%1 无法给出推荐：%2</translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>评估已取消。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the models were not trained.</source>
        <translation>模型尚未训练。</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
</context>
<context>
    <name>RecommendEvaluationPanel</name>
    <message>
        <source>goodbooks directory</source>
        <translation>goodbooks 目录</translation>
    </message>
    <message>
        <source>Held-out ratings</source>
        <translation>留出评分</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Reading the interactions of %1…</source>
        <translation>正在读取 %1 的交互数据…</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>正在准备 %1…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&amp;goodbooks ratings:</source>
        <translation>goodbooks 评分(&amp;G)：</translation>
    </message>
    <message>
        <source>Directory with ratings.csv and book_groups.csv</source>
        <translation>包含 ratings.csv 和 book_groups.csv 的目录</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>What to measure</source>
        <translation>评估内容</translation>
    </message>
    <message>
        <source>&amp;Held-out people</source>
        <translation>留出用户(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;old start</source>
        <translation>冷启动(&amp;O)</translation>
    </message>
    <message>
        <source>Books:</source>
        <translation>图书：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Fiction</source>
        <translation>虚构类</translation>
    </message>
    <message>
        <source>Nonfiction</source>
        <translation>非虚构类</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>Held-out file:</source>
        <translation>留出文件：</translation>
    </message>
    <message>
        <source>Optional: evaluate on the people of this ratings file</source>
        <translation>可选：在此评分文件中的用户上评估</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>&amp;Factors:</source>
        <translation>因子数(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>迭代(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Run evaluation</source>
        <translation>运行评估(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Run an evaluation to see the models compared.</source>
        <translation>运行一次评估即可比较各模型。</translation>
    </message>
    <message>
        <source>Choose the goodbooks directory: it holds ratings.csv and book_groups.csv.</source>
        <translation>请选择 goodbooks 目录：其中应有 ratings.csv 和 book_groups.csv。</translation>
    </message>
    <message>
        <source>Connect the platforms to evaluate on first (Platforms page).</source>
        <translation>请先连接要评估的平台（平台页面）。</translation>
    </message>
    <message>
        <source>Cold start needs two different platforms.</source>
        <translation>冷启动需要两个不同的平台。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cold start %1 → %2: %3 people new to %2, their history there hidden; the mapping learnt from %4 people on both. The transfer recovers &lt;b&gt;%5%&lt;/b&gt; of the upper bound&apos;s NDCG@20 (the upper bound sees half the hidden history).</source>
        <translation>冷启动 %1 → %2：%3 位 %2 新用户，其在该平台的历史被隐藏；映射由两个平台都有的 %4 人学得。迁移达到上限 NDCG@20 的 &lt;b&gt;%5%&lt;/b&gt;（上限可见一半隐藏历史）。</translation>
    </message>
    <message>
        <source>%1: trained on %2 people (%3 interactions, %4 items), evaluated on %5 held-out people%6; iALS %7 s per iteration at %8 factors.</source>
        <translation>%1：用 %2 人训练（%3 条交互，%4 个内容），在 %5 位留出用户%6上评估；%8 个因子时 iALS 每次迭代 %7 秒。</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation>（来自 %1）</translation>
    </message>
    <message>
        <source>Best NDCG@20: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>NDCG@20 最佳：&lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Cold start on %1: accuracy per method</source>
        <translation>%1 冷启动：各方法的准确度</translation>
    </message>
    <message>
        <source>%1: accuracy per model</source>
        <translation>%1：各模型的准确度</translation>
    </message>
    <message>
        <source>Export evaluation</source>
        <translation>导出评估</translation>
    </message>
    <message>
        <source>evaluation.json</source>
        <translation>评估.json</translation>
    </message>
    <message>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation>JSON (*.json);;文本 (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Connected &amp;platforms</source>
        <translation>已连接的平台(&amp;P)</translation>
    </message>
    <message>
        <source>The interactions of the connected platforms, read through their adapters.</source>
        <translation>已连接平台的交互数据，通过其适配器读取。</translation>
    </message>
</context>
<context>
    <name>RecommendPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
</context>
<context>
    <name>RecommendPreview</name>
    <message>
        <source>No history here yet: this list is what the model gives anyone.</source>
        <translation>此人在这里还没有历史：这是模型给任何人的列表。</translation>
    </message>
    <message>
        <source>This person has no account on %1.</source>
        <translation>此人在 %1 没有账号。</translation>
    </message>
    <message>
        <source>Only %1 people are on both platforms: too few to learn from, so the interest profile carried across decides.</source>
        <translation>两个平台都有的只有 %1 人，不足以学习映射，因此由带入的兴趣画像决定。</translation>
    </message>
    <message>
        <source>Interest profile carried across</source>
        <translation>跨平台带入的兴趣画像</translation>
    </message>
    <message>
        <source>None of this person&apos;s categories on %1 has a counterpart on %2.</source>
        <translation>此人在 %1 的分类在 %2 都没有对应分类。</translation>
    </message>
    <message>
        <source>This person has no history on %1 to carry across.</source>
        <translation>此人在 %1 没有可带入的历史。</translation>
    </message>
</context>
<context>
    <name>RecommendPreviewPanel</name>
    <message>
        <source>Export recommendations</source>
        <translation>导出推荐</translation>
    </message>
    <message>
        <source>recommendations.csv</source>
        <translation>推荐.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>用户(&amp;P)：</translation>
    </message>
    <message>
        <source>Name, phone or e-mail, then Enter</source>
        <translation>姓名、手机号或邮箱，然后按回车</translation>
    </message>
    <message>
        <source>F&amp;ound:</source>
        <translation>找到(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Target platform:</source>
        <translation>目标平台(&amp;T)：</translation>
    </message>
    <message>
        <source>Model &amp;A:</source>
        <translation>模型 &amp;A：</translation>
    </message>
    <message>
        <source>Model &amp;B:</source>
        <translation>模型 &amp;B：</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>前(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Retrain</source>
        <translation>重新训练(&amp;R)</translation>
    </message>
    <message>
        <source>Read the target platform&apos;s interactions again and train its models anew.</source>
        <translation>重新读取目标平台的交互数据并重新训练其模型。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Category mix: history and recommendations</source>
        <translation>分类构成：历史与推荐</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Interest profile carried across</source>
        <translation>跨平台带入的兴趣画像</translation>
    </message>
    <message>
        <source>Popularity on the target</source>
        <translation>目标平台热门</translation>
    </message>
    <message>
        <source>Connect a platform (Platforms page) to preview its recommendations.</source>
        <translation>请连接一个平台（平台页面）以预览其推荐。</translation>
    </message>
    <message>
        <source>Reading the interactions of %1…</source>
        <translation>正在读取 %1 的交互数据…</translation>
    </message>
    <message>
        <source>Training the models of %1…</source>
        <translation>正在训练 %1 的模型…</translation>
    </message>
    <message>
        <source>Training was cancelled. Choose Retrain to start again.</source>
        <translation>训练已取消。选择“重新训练”即可重新开始。</translation>
    </message>
    <message>
        <source>The models of %1 could not be trained: %2</source>
        <translation>无法训练 %1 的模型：%2</translation>
    </message>
    <message>
        <source>Models of %1: %2 people, %3 items, %4 interactions, trained in %5 s.</source>
        <translation>%1 的模型：%2 人，%3 个内容，%4 条交互，训练用时 %5 秒。</translation>
    </message>
    <message>
        <source>Find a person, or open one from the Users page (Preview recommendations).</source>
        <translation>查找一个人，或在用户页面打开一个人（推荐…）。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Nobody found for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>History on %1 (%n item(s))</source>
        <translation>
            <numerusform>%1 上的历史（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — day one on %2</source>
        <translation>%1 — 在 %2 的第一天</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的%1</translation>
    </message>
    <message>
        <source>Nothing to compare yet.</source>
        <translation>暂无可比较的内容。</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>As on &amp;day one</source>
        <translation>按第一天(&amp;D)</translation>
    </message>
    <message>
        <source>Ignore the person&apos;s history on the target: what they would be offered there on the first day after a migration.</source>
        <translation>忽略此人在目标平台的历史：迁移后第一天此人在那里会得到的推荐。</translation>
    </message>
    <message>
        <source>Open a migration plan</source>
        <translation>打开迁移计划</translation>
    </message>
    <message>
        <source>Migration plans (*.json)</source>
        <translation>迁移计划 (*.json)</translation>
    </message>
    <message>
        <source>From a &amp;plan…</source>
        <translation>来自计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Open a migration plan: its target, its category map, and the people it moves, on day one.</source>
        <translation>打开一个迁移计划：按其目标平台、分类映射和要迁移的人，查看第一天的推荐。</translation>
    </message>
    <message>
        <source>The plan cannot be used: %1</source>
        <translation>无法使用该计划：%1</translation>
    </message>
    <message>
        <source>Connect %1 and %2 first (Platforms page): the plan moves people between them.</source>
        <translation>请先连接 %1 和 %2（平台页面）：该计划在它们之间迁移用户。</translation>
    </message>
    <message>
        <source>%1 account %2</source>
        <translation>%1 账号 %2</translation>
    </message>
    <message>
        <source>“%1” moves every person its scope matches: find one to see their day one on %2.</source>
        <translation>“%1”迁移范围内的所有人：查找其中一人，查看其在 %2 的第一天。</translation>
    </message>
</context>
<context>
    <name>RecommendReason</name>
    <message>
        <source>“%1”</source>
        <translation>《%1》</translation>
    </message>
    <message>
        <source>Because you finished %1</source>
        <translation>因为你学完了%1</translation>
    </message>
    <message>
        <source>Because you bought %1</source>
        <translation>因为你购买了%1</translation>
    </message>
    <message>
        <source>Because you rated %1 highly</source>
        <translation>因为你给%1打了高分</translation>
    </message>
    <message>
        <source>Because you saved %1</source>
        <translation>因为你收藏了%1</translation>
    </message>
    <message>
        <source>Because you liked %1</source>
        <translation>因为你喜欢%1</translation>
    </message>
    <message>
        <source>Because you listened to %1</source>
        <translation>因为你收听了%1</translation>
    </message>
    <message>
        <source>Because you started %1</source>
        <translation>因为你开始学习%1</translation>
    </message>
    <message>
        <source>Because you looked at %1</source>
        <translation>因为你浏览过%1</translation>
    </message>
    <message numerus="yes">
        <source>Popular on %1: %n people have it</source>
        <translation>
            <numerusform>%1 热门：%n 人拥有</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches your interest in %1 (%2% of what you do)</source>
        <translation>符合你对%1的兴趣（占你活动的 %2%）</translation>
    </message>
    <message>
        <source>Popular in %1 among people like you on %2</source>
        <translation>在 %2 上与你相似的人中，%1类很受欢迎</translation>
    </message>
    <message>
        <source>You like %1 on %2</source>
        <translation>你在 %2 上喜欢%1类</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>学完</translation>
    </message>
    <message>
        <source>bought</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>rated highly</source>
        <translation>高分</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>liked</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <source>listened</source>
        <translation>收听</translation>
    </message>
    <message>
        <source>started</source>
        <translation>开始学习</translation>
    </message>
    <message>
        <source>looked at</source>
        <translation>浏览</translation>
    </message>
</context>
<context>
    <name>RecommendReport</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Training s</source>
        <translation>训练秒数</translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>评估已取消。</translation>
    </message>
    <message>
        <source>%1: trained on %2 people (%3 interactions, %4 items); evaluated on %5 held-out people%6</source>
        <translation>%1：用 %2 人训练（%3 条交互，%4 个内容）；在 %5 位留出用户%6上评估</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation>（来自 %1）</translation>
    </message>
    <message>
        <source>iALS: %1 factors, %2 iterations, %3 s per iteration; seed %4</source>
        <translation>iALS：%1 个因子，%2 次迭代，每次迭代 %3 秒；种子 %4</translation>
    </message>
    <message>
        <source>Cold start %1 → %2: %3 people new to %2 (their history there hidden); the mapping learnt from %4 people on both</source>
        <translation>冷启动 %1 → %2：%3 位 %2 新用户（其在该平台的历史被隐藏）；映射由两个平台都有的 %4 人学得</translation>
    </message>
    <message>
        <source>iALS: %1 factors, %2 iterations; seed %3</source>
        <translation>iALS：%1 个因子，%2 次迭代；种子 %3</translation>
    </message>
    <message>
        <source>The transfer recovers %1% of the upper bound&apos;s NDCG@20.</source>
        <translation>迁移达到上限 NDCG@20 的 %1%。</translation>
    </message>
</context>
<context>
    <name>Recommender</name>
    <message>
        <source>Matrix factorisation (iALS)</source>
        <translation>矩阵分解（iALS）</translation>
    </message>
    <message>
        <source>Similar items (item-kNN)</source>
        <translation>相似内容（物品近邻）</translation>
    </message>
    <message>
        <source>Popularity</source>
        <translation>热门</translation>
    </message>
    <message>
        <source>Interest profile</source>
        <translation>兴趣画像</translation>
    </message>
    <message>
        <source>Cross-platform transfer</source>
        <translation>跨平台迁移</translation>
    </message>
</context>
<context>
    <name>RecordTransformer</name>
    <message>
        <source>The required field &quot;%1&quot; is empty.</source>
        <translation>必需字段“%1”为空。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not of the expected kind: %2.</source>
        <translation>“%1”的值类型不符合要求：%2。</translation>
    </message>
    <message>
        <source>The text in &quot;%1&quot; contains characters the target cannot store.</source>
        <translation>“%1”中的文本包含目标无法存储的字符。</translation>
    </message>
    <message>
        <source>The text in &quot;%1&quot; is too long for the target: %2.</source>
        <translation>“%1”中的文本对目标来说过长：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a value outside its vocabulary: %2.</source>
        <translation>“%1”的值不在允许的取值范围内：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a share between 0 and 1, but is %2.</source>
        <translation>“%1”必须是 0 到 1 之间的比例，但实际为 %2。</translation>
    </message>
    <message>
        <source>The time in &quot;%1&quot; is implausible (before 2000 or in the future): %2.</source>
        <translation>“%1”中的时间不合理（早于 2000 年或在未来）：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative, but is %2.</source>
        <translation>“%1”不能为负数，但实际为 %2。</translation>
    </message>
    <message>
        <source>The amount in &quot;%1&quot; is not a decimal number of yuan: %2.</source>
        <translation>“%1”中的金额不是以元为单位的十进制数：%2。</translation>
    </message>
    <message>
        <source>The amount in &quot;%1&quot; is negative: %2.</source>
        <translation>“%1”中的金额为负数：%2。</translation>
    </message>
    <message>
        <source>The refund is larger than the amount paid: %2.</source>
        <translation>退款金额大于支付金额：%2。</translation>
    </message>
    <message>
        <source>The e-mail address is not valid: %2.</source>
        <translation>电子邮箱地址无效：%2。</translation>
    </message>
    <message>
        <source>The phone number is not valid: %2.</source>
        <translation>手机号码无效：%2。</translation>
    </message>
    <message>
        <source>The user this record belongs to is not on the target: %2.</source>
        <translation>此记录所属的用户不在目标平台上：%2。</translation>
    </message>
    <message>
        <source>The item this record refers to has no match on the target: %2.</source>
        <translation>此记录引用的内容在目标平台上没有匹配项：%2。</translation>
    </message>
    <message>
        <source>The category is not in the plan&apos;s category map: %2.</source>
        <translation>该类目不在计划的类目映射中：%2。</translation>
    </message>
    <message>
        <source>The membership plan is not in the plan&apos;s membership map: %2.</source>
        <translation>该会员方案不在计划的会员映射中：%2。</translation>
    </message>
    <message>
        <source>The event kind is not in the plan&apos;s event map: %2.</source>
        <translation>该事件类型不在计划的事件映射中：%2。</translation>
    </message>
    <message>
        <source>The plan leaves out events of this kind: %2.</source>
        <translation>计划不迁移此类事件：%2。</translation>
    </message>
    <message>
        <source>Two different target users match this person (%2); a person has to decide.</source>
        <translation>目标平台上有两个不同的用户与此人匹配（%2）；需要人工裁决。</translation>
    </message>
    <message>
        <source>The person already exists on the target (%2) and the plan&apos;s conflict policy is to fail.</source>
        <translation>此人已存在于目标平台（%2），且计划的冲突策略为失败。</translation>
    </message>
    <message>
        <source>The user has not consented to migration.</source>
        <translation>该用户未同意迁移。</translation>
    </message>
    <message>
        <source>The person already has this record on the target (%2); the target&apos;s is kept and linked.</source>
        <translation>此人在目标库中已有这条记录（%2）；保留目标库中的记录并与之关联。</translation>
    </message>
</context>
<context>
    <name>RollbackCommand</name>
    <message>
        <source>Deletes what the run created on its target, writes back the target rows its backup holds, and proves
the result. The backup&apos;s passphrase comes from ZHIQIAO_BACKUP_PASSPHRASE or the terminal, unless
--key-file is given. Exit code 0 only when the rollback is proven.</source>
        <translation>删除该运行在目标库中创建的内容，写回其备份中保存的目标库行，并证明结果。
备份口令取自 ZHIQIAO_BACKUP_PASSPHRASE 或终端输入，除非给出 --key-file。
仅当回滚得到证明时退出码为 0。</translation>
    </message>
    <message>
        <source>run: %1  status: %2</source>
        <translation>运行：%1  状态：%2</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>children</source>
        <translation>子表行</translation>
    </message>
    <message>
        <source>left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>notifications removed: %1 (already sent: %2)</source>
        <translation>已删除通知：%1（其中已发送：%2）</translation>
    </message>
    <message>
        <source>proof:</source>
        <translation>证明：</translation>
    </message>
    <message>
        <source>Rollback proven: the target rows the run affected are as before.</source>
        <translation>回滚已证明：该运行影响的目标库行已恢复原状。</translation>
    </message>
    <message>
        <source>Rollback NOT proven.</source>
        <translation>回滚未得到证明。</translation>
    </message>
    <message>
        <source>Run id.</source>
        <translation>运行 ID。</translation>
    </message>
    <message>
        <source>Backup key file (else the passphrase).</source>
        <translation>备份密钥文件（否则使用口令）。</translation>
    </message>
    <message>
        <source>The run&apos;s backup file, when it moved since the run.</source>
        <translation>该运行的备份文件（运行后被移动过时指定）。</translation>
    </message>
    <message>
        <source>Roll back even though the ledger says the run is still running (it was killed).</source>
        <translation>即使台账显示运行仍在进行（其进程已被终止）也执行回滚。</translation>
    </message>
    <message>
        <source>Ledger keys per delete transaction (default 1000).</source>
        <translation>每个删除事务处理的台账键数（默认 1000）。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 输出结果。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Give one run id.</source>
        <translation>请给出一个运行 ID。</translation>
    </message>
    <message>
        <source>--page-size takes a positive number.</source>
        <translation>--page-size 需要一个正数。</translation>
    </message>
    <message>
        <source>The workspace has no run %1.</source>
        <translation>工作区中没有运行 %1。</translation>
    </message>
    <message>
        <source>The run&apos;s plan in the workspace cannot be read:</source>
        <translation>无法读取工作区中该运行的计划：</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <source>no backup key: give --key-file or set %1</source>
        <translation>没有备份密钥：请给出 --key-file 或设置 %1</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Counts of every canonical entity on each platform and the overlap between platforms.</source>
        <translation>各平台每个规范实体的数量，以及平台之间的重叠。</translation>
    </message>
    <message>
        <source>Saved connection (repeat for several).</source>
        <translation>已保存的连接（可重复给出多个）。</translation>
    </message>
    <message>
        <source>summary: give at least one --platform NAME (see `zhiqiao-cli connection list`)</source>
        <translation>summary：请至少给出一个 --platform NAME（见 `zhiqiao-cli connection list`）</translation>
    </message>
    <message>
        <source>the adapter does not match the database:</source>
        <translation>适配器与数据库不匹配：</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Env</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>(people = accounts linked by normalised e-mail or phone into one person; a platform&apos;s
 duplicate accounts of one person count once)</source>
        <translation>（人数 = 按规范化的电子邮箱或手机号关联为同一个人的账号，合并计数；
 同一平台上同一个人的重复账号只计一次）</translation>
    </message>
    <message>
        <source>Overlap: people with accounts on both platforms</source>
        <translation>重叠：在两个平台上都有账号的人</translation>
    </message>
    <message>
        <source> (%1% of %2, %3% of %4)</source>
        <translation>（占 %2 的 %1%，占 %4 的 %3%）</translation>
    </message>
    <message>
        <source>Read in %1 s</source>
        <translation>读取用时 %1 秒</translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TargetKeyStatements</name>
    <message>
        <source>The target has no key column %1 in table %2.</source>
        <translation>目标库的表 %2 中没有键列 %1。</translation>
    </message>
    <message>
        <source>The target adapter does not say how entity &quot;%1&quot; is written.</source>
        <translation>目标适配器未说明如何写入实体“%1”。</translation>
    </message>
    <message>
        <source>The target adapter writes entity &quot;%1&quot; without its key field %2, so its rows cannot be found by key.</source>
        <translation>目标适配器写入实体“%1”时不写其键字段 %2，因此无法按键找到这些行。</translation>
    </message>
</context>
<context>
    <name>TargetLedger</name>
    <message>
        <source>This run was started with a different plan, source or target; it cannot be continued with these.</source>
        <translation>此次运行启动时使用的计划、源或目标不同；无法以当前设置继续。</translation>
    </message>
    <message>
        <source>The target&apos;s migration ledger has no record of this run.</source>
        <translation>目标平台的迁移台账中没有此次运行的记录。</translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <source>Behaviour over time</source>
        <translation>行为时间线</translation>
    </message>
    <message>
        <source>No events in this period</source>
        <translation>这段时间没有事件</translation>
    </message>
    <message>
        <source>Wheel or drag to zoom, right-click to zoom out</source>
        <translation>滚轮或拖动以缩放，右键缩小</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Show the whole history (0)</source>
        <translation>显示全部历史（0）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week (daily events added up; zoom in for days)</source>
        <translation>周（按日事件汇总；放大可看每日）</translation>
    </message>
    <message>
        <source>Month (daily events added up; zoom in for weeks and days)</source>
        <translation>月（按日事件汇总；放大可看每周和每日）</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Events: %1 · purchases: %2 · %3 to %4</source>
        <translation>事件：%1 · 购买：%2 · %3 至 %4</translation>
    </message>
</context>
<context>
    <name>TimelinePurchases</name>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>(refunded %1)</source>
        <translation>（已退款 %1）</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 笔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopItemsModel</name>
    <message>
        <source>Unknown item %1</source>
        <translation>未知内容 %1</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买人数</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 未连接。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>Searching %n platform(s)…</source>
        <translation>
            <numerusform>正在搜索 %n 个平台…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>平台看板</translation>
    </message>
    <message>
        <source>User id, e-mail, phone (any form) or the start of a name  (Ctrl+F)</source>
        <translation>用户 ID、电子邮箱、手机号（任意写法）或姓名开头  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Connect a platform on the Platforms page to search its users.</source>
        <translation>请先在“平台”页面连接平台，再搜索其用户。</translation>
    </message>
    <message numerus="yes">
        <source>Searches %n connected platform(s): %1.</source>
        <translation>
            <numerusform>在 %n 个已连接平台中搜索：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Nobody found on %n platform(s).</source>
        <translation>
            <numerusform>在 %n 个平台上均未找到。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>找到 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found. On %1 more accounts match than the %2 per platform shown; type more to narrow the search.</source>
        <translation>
            <numerusform>找到 %n 人。%1 上匹配的账号多于每个平台显示的 %2 个；请输入更多内容以缩小范围。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Reads the run&apos;s records back from the target and compares them with the ledger (and,
with --full, with the source transformed again). Exit code 0 when the verdict passes.</source>
        <translation>从目标库读回该运行的记录，并与台账比较（使用 --full 时还与重新转换的源记录
比较）。结论为通过时退出码为 0。</translation>
    </message>
    <message>
        <source>Run id.</source>
        <translation>运行 ID。</translation>
    </message>
    <message>
        <source>The plan file the run was made with.</source>
        <translation>该运行所用的计划文件。</translation>
    </message>
    <message>
        <source>Also read every source record again and compare field by field.</source>
        <translation>同时重新读取每条源记录，并逐字段比较。</translation>
    </message>
    <message>
        <source>Write the JSON report to this file.</source>
        <translation>将 JSON 报告写入此文件。</translation>
    </message>
    <message>
        <source>Write the HTML report to this file.</source>
        <translation>将 HTML 报告写入此文件。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Give one run id.</source>
        <translation>请给出一个运行 ID。</translation>
    </message>
    <message>
        <source>--plan is required.</source>
        <translation>必须给出 --plan。</translation>
    </message>
    <message>
        <source>The report was not stored in the workspace: %1</source>
        <translation>报告未保存到工作区：%1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>migrated</source>
        <translation>已迁移</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>quarant.</source>
        <translation>隔离</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>dupl.</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Verdict: passed</source>
        <translation>结论：通过</translation>
    </message>
    <message>
        <source>Verdict: failed</source>
        <translation>结论：未通过</translation>
    </message>
</context>
<context>
    <name>ValidationPass::Impl</name>
    <message>
        <source>Records of %1 cannot be read back by key.</source>
        <translation>无法按键读回 %1 的记录。</translation>
    </message>
    <message>
        <source>Another ledger entry of this run has the same target key.</source>
        <translation>此次运行的另一条台账记录使用了相同的目标键。</translation>
    </message>
    <message>
        <source>No target record has this key.</source>
        <translation>没有目标记录使用此键。</translation>
    </message>
    <message>
        <source>%1 target records have this key.</source>
        <translation>有 %1 条目标记录使用此键。</translation>
    </message>
    <message>
        <source>The source record would now be quarantined: %1</source>
        <translation>源记录现在会被隔离：%1</translation>
    </message>
    <message>
        <source>The source record no longer exists.</source>
        <translation>源记录已不存在。</translation>
    </message>
    <message>
        <source>The target record differs from the source record transformed again.</source>
        <translation>目标记录与重新转换的源记录不一致。</translation>
    </message>
    <message>
        <source>The target record&apos;s hash differs from the one the ledger recorded.</source>
        <translation>目标记录的哈希值与台账记录的不一致。</translation>
    </message>
    <message>
        <source>A target record the ledger does not know has the same content as a migrated record.</source>
        <translation>台账中没有记录的某条目标记录与一条已迁移记录内容相同。</translation>
    </message>
</context>
<context>
    <name>ValidationResult</name>
    <message>
        <source>Validation was cancelled before every record was checked.</source>
        <translation>校验在检查完所有记录之前被取消。</translation>
    </message>
    <message>
        <source>The plan&apos;s fingerprint differs from the one the run was made with.</source>
        <translation>计划指纹与运行时使用的指纹不同。</translation>
    </message>
    <message>
        <source>%1: the accounting does not balance (source %2, batches %3, migrated + merged + skipped + quarantined %4).</source>
        <translation>%1：数量不平衡（源 %2，批次 %3，迁移 + 合并 + 跳过 + 隔离 %4）。</translation>
    </message>
    <message>
        <source>%1: %n record(s) differ from what was migrated.</source>
        <translation>%1：%n 条记录与迁移时的内容不同。</translation>
    </message>
    <message>
        <source>%1: %n record(s) are missing on the target.</source>
        <translation>%1：目标平台缺少 %n 条记录。</translation>
    </message>
    <message>
        <source>%1: %n duplicated record(s) on the target.</source>
        <translation>%1：目标平台有 %n 条重复记录。</translation>
    </message>
</context>
<context>
    <name>ValueMapsParser</name>
    <message>
        <source>&quot;maps&quot; must be an object with &quot;category&quot;, &quot;event_kind&quot; and &quot;membership_plan&quot;.</source>
        <translation>“maps”必须是包含“category”、“event_kind”和“membership_plan”的对象。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; expected one of: %2.</source>
        <translation>未知的键“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>A map must be an object with &quot;entries&quot; and &quot;unmapped&quot;.</source>
        <translation>映射必须是包含“entries”和“unmapped”的对象。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; expected one of: entries, unmapped, default.</source>
        <translation>未知的键“%1”；应为以下之一：entries、unmapped、default。</translation>
    </message>
    <message>
        <source>&quot;unmapped&quot; is missing: say what happens to values the map does not list (quarantine, default or drop).</source>
        <translation>缺少“unmapped”：请说明映射中未列出的值如何处理（quarantine、default 或 drop）。</translation>
    </message>
    <message>
        <source>&quot;unmapped&quot; must be one of: quarantine, default, drop.</source>
        <translation>“unmapped”必须是以下之一：quarantine、default、drop。</translation>
    </message>
    <message>
        <source>A default is only used with &quot;unmapped&quot;: &quot;default&quot;; remove it or change the policy.</source>
        <translation>默认值仅在 &quot;unmapped&quot;: &quot;default&quot; 时使用；请删除它或更改策略。</translation>
    </message>
    <message>
        <source>&quot;unmapped&quot; is &quot;default&quot; but no &quot;default&quot; is given.</source>
        <translation>“unmapped”为“default”，但没有给出“default”。</translation>
    </message>
    <message>
        <source>&quot;entries&quot; must be an object: source value -&gt; target.</source>
        <translation>“entries”必须是对象：源值 -&gt; 目标。</translation>
    </message>
    <message>
        <source>The source value must not be empty.</source>
        <translation>源值不能为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a canonical event kind; expected one of: %2.</source>
        <translation>“%1”不是规范事件类型；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text.</source>
        <translation>“%1”必须是非空文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>“%1”不是以下之一：%2。</translation>
    </message>
    <message>
        <source>An event kind is expected (%1)%2.</source>
        <translation>此处应为事件类型（%1）%2。</translation>
    </message>
    <message>
        <source>, or null to drop such events</source>
        <translation>，或使用 null 丢弃此类事件</translation>
    </message>
    <message>
        <source>A target category is expected: {&quot;key&quot;: …, &quot;path&quot;: …}.</source>
        <translation>此处应为目标类目：{&quot;key&quot;: …, &quot;path&quot;: …}。</translation>
    </message>
    <message>
        <source>A target plan is expected: {&quot;plan&quot;: …, &quot;tier&quot;: …}.</source>
        <translation>此处应为目标会员方案：{&quot;plan&quot;: …, &quot;tier&quot;: …}。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace has no record of this run.</source>
        <translation>工作区中没有此次运行的记录。</translation>
    </message>
    <message>
        <source>An identity decision names two different accounts, in order.</source>
        <translation>身份决定须按顺序指明两个不同的账号。</translation>
    </message>
</context>
<context>
    <name>Workspace::Location</name>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <source>%1 (from the settings)</source>
        <translation>%1（来自设置）</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
</context>
</TS>
