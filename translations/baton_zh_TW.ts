<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Baton::Cli</name>
    <message>
        <source>baton plugins: unknown option %1</source>
        <translation>baton plugins：未知選項 %1</translation>
    </message>
    <message>
        <source>ABI %1.%2</source>
        <translation>ABI %1.%2</translation>
    </message>
    <message>
        <source>No usable provider plugin was found. Searched: %1</source>
        <translation>未找到可用的模型供應方外掛。已搜尋：%1</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>已拒絕 %1：%2</translation>
    </message>
    <message>
        <source>Usage: baton chat --model PRESET/MODEL [--route P/M,P/M,…] [--base-url URL]
                  [--thinking off|on|max] [--max-tokens N] [--continue-limit N]
                  [--retries N]
                  [--system TEXT] [--output-format text|stream-json] [PROMPT]
The prompt is read from standard input when PROMPT is absent.
</source>
        <translation>用法：baton chat --model 預設/模型 [--route 預設/模型,預設/模型,…] [--base-url URL]
                  [--thinking off|on|max] [--max-tokens N] [--continue-limit N]
                  [--retries N]
                  [--system 文字] [--output-format text|stream-json] [提示詞]
未給出提示詞時，從標準輸入讀取。
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一個值</translation>
    </message>
    <message>
        <source>--thinking takes off, on or max</source>
        <translation>--thinking 的取值為 off、on 或 max</translation>
    </message>
    <message>
        <source>%1 takes a whole number</source>
        <translation>%1 需要一個非負整數</translation>
    </message>
    <message>
        <source>--output-format takes text or stream-json</source>
        <translation>--output-format 的取值為 text 或 stream-json</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知選項 %1</translation>
    </message>
    <message>
        <source>--model takes PRESET/MODEL, e.g. deepseek/deepseek-chat</source>
        <translation>--model 的格式為 預設/模型，例如 deepseek/deepseek-chat</translation>
    </message>
    <message>
        <source>--base-url takes an http(s) URL</source>
        <translation>--base-url 需要一個 http(s) 網址</translation>
    </message>
    <message>
        <source>--base-url applies to --model, which is missing</source>
        <translation>--base-url 作用於 --model，但沒有給出 --model</translation>
    </message>
    <message>
        <source>--model is required</source>
        <translation>必須指定 --model</translation>
    </message>
    <message>
        <source>baton chat: %1</source>
        <translation>baton chat：%1</translation>
    </message>
    <message>
        <source>baton chat: give a prompt, or pipe one in</source>
        <translation>baton chat：請給出提示詞，或透過管線輸入</translation>
    </message>
    <message>
        <source>baton chat: the prompt is empty</source>
        <translation>baton chat：提示詞為空</translation>
    </message>
    <message>
        <source>preset file %1 skipped: %2</source>
        <translation>已略過預設檔案 %1：%2</translation>
    </message>
    <message>
        <source>baton chat: there is no preset named %1 (see `baton models`)</source>
        <translation>baton chat：沒有名為 %1 的預設（見 `baton models`）</translation>
    </message>
    <message>
        <source>baton: the model asked for the tool %1 (tools run in `baton solo`)</source>
        <translation>baton：模型請求呼叫工具 %1（工具在 `baton solo` 中執行）</translation>
    </message>
    <message>
        <source>baton: %1 failed (%2); continuing on %3</source>
        <translation>baton：%1 失敗（%2）；改用 %3 繼續</translation>
    </message>
    <message>
        <source>baton: %1 failed (%2); trying again in %3 s</source>
        <translation>baton：%1 失敗（%2）；%3 秒後重試</translation>
    </message>
    <message>
        <source>baton: %1</source>
        <translation>baton：%1</translation>
    </message>
    <message>
        <source>baton: the answer above is incomplete</source>
        <translation>baton：以上回答不完整</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>價格未知</translation>
    </message>
    <message>
        <source>%1%2 in / %1%3 out per MTok</source>
        <translation>輸入 %1%2 / 輸出 %1%3 每百萬詞元</translation>
    </message>
    <message>
        <source>%1 context, %2 output</source>
        <translation>上下文 %1，輸出 %2</translation>
    </message>
    <message>
        <source>baton models: unknown option %1</source>
        <translation>baton models：未知選項 %1</translation>
    </message>
    <message>
        <source>Keyring: %1</source>
        <translation>金鑰圈：%1</translation>
    </message>
    <message>
        <source>baton: usage is not recorded: %1</source>
        <translation>baton：未記錄用量：%1</translation>
    </message>
    <message>
        <source>Usage: baton [FOLDER | FILE]...
       baton chat --model PRESET/MODEL [OPTIONS] [PROMPT]
       baton keys set|remove PRESET | baton keys list
       baton models [--json]
       baton plugins [--json]
       baton --version

Without a command, opens the Baton window on FOLDER.
  chat       ask a model (see `baton chat --help`)
  keys       store API keys in the system keyring
  models     list presets and models, and whether each can be used now
  plugins    list the provider plugins found and any that were refused
</source>
        <translation>用法：baton [資料夾 | 檔案]...
       baton chat --model 預設/模型 [選項] [提示詞]
       baton keys set|remove 預設 | baton keys list
       baton models [--json]
       baton plugins [--json]
       baton --version

不帶命令時，開啟 Baton 視窗並顯示資料夾。
  chat       向模型提問（見 `baton chat --help`）
  keys       把 API 金鑰存入系統金鑰圈
  models     列出預設和模型，以及每個目前是否可用
  plugins    列出找到的模型供應方外掛，以及被拒絕的外掛
</translation>
    </message>
    <message>
        <source>API key for %1 (not shown): </source>
        <translation>%1 的 API 金鑰（輸入不顯示）：</translation>
    </message>
    <message>
        <source>Usage: baton keys set PRESET [--file]
       baton keys remove PRESET
       baton keys list
The key is read from standard input. --file keeps it unencrypted in an owner-only file, for systems without a keyring.
</source>
        <translation>用法：baton keys set 預設 [--file]
       baton keys remove 預設
       baton keys list
金鑰從標準輸入讀取。--file 會把金鑰以未加密形式保存在僅本人可讀的檔案中，供沒有金鑰圈的系統使用。
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>baton keys: there is no preset named %1 (see `baton models`)</source>
        <translation>baton keys：沒有名為 %1 的預設（見 `baton models`）</translation>
    </message>
    <message>
        <source>baton keys: could not delete %1</source>
        <translation>baton keys：無法刪除 %1</translation>
    </message>
    <message>
        <source>baton keys: %1</source>
        <translation>baton keys：%1</translation>
    </message>
    <message>
        <source>Removed the key of %1.</source>
        <translation>已移除 %1 的金鑰。</translation>
    </message>
    <message>
        <source>baton keys: no key was given</source>
        <translation>baton keys：沒有提供金鑰</translation>
    </message>
    <message>
        <source>Warning: the key is stored unencrypted in %1, readable only by you. Anyone with your account or your backups can read it. Prefer the keyring where there is one.</source>
        <translation>警告：金鑰將以未加密形式保存在 %1，僅你本人可讀。能使用你的帳戶或備份的人都能讀取它。有金鑰圈時請優先使用金鑰圈。</translation>
    </message>
    <message>
        <source>Stored the key of %1 in a file.</source>
        <translation>已把 %1 的金鑰保存到檔案。</translation>
    </message>
    <message>
        <source>Without a keyring, `baton keys set %1 --file` keeps the key in an owner-only file instead (unencrypted).</source>
        <translation>沒有金鑰圈時，`baton keys set %1 --file` 會把金鑰保存在僅本人可讀的檔案中（未加密）。</translation>
    </message>
    <message>
        <source>Stored the key of %1 in the keyring.</source>
        <translation>已把 %1 的金鑰存入金鑰圈。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::ApiKeys</name>
    <message>
        <source>The key file %1 can be read by other users; it is ignored. Run `chmod 600 %1` or store the key in the keyring.</source>
        <translation>其他使用者可以讀取金鑰檔案 %1，因此已忽略它。請執行 `chmod 600 %1`，或把金鑰存入金鑰圈。</translation>
    </message>
    <message>
        <source>Could not read the key file %1: %2</source>
        <translation>無法讀取金鑰檔案 %1：%2</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>無法建立 %1。</translation>
    </message>
    <message>
        <source>Could not write the key file %1: %2</source>
        <translation>無法寫入金鑰檔案 %1：%2</translation>
    </message>
    <message>
        <source>keyring</source>
        <translation>金鑰圈</translation>
    </message>
</context>
<context>
    <name>Baton::Core::BuiltinSearch</name>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>規則運算式無效：%1</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是資料夾。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::ChatTurn</name>
    <message>
        <source>The route is empty.</source>
        <translation>路由為空。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>%1 was set aside earlier in this session: %2</source>
        <translation>%1 在本次工作階段中已被擱置：%2</translation>
    </message>
    <message>
        <source>There is no preset named %1.</source>
        <translation>沒有名為 %1 的預設。</translation>
    </message>
    <message>
        <source>No API key for %1: set %2 or store one in the keyring.</source>
        <translation>%1 沒有 API 金鑰：請設定 %2，或把金鑰存入金鑰圈。</translation>
    </message>
    <message>
        <source>one</source>
        <translation>一個金鑰</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1 ended the answer without saying it was complete.</source>
        <translation>%1 結束了回答，但沒有表明回答已完整。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::Checkpoints</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>未知的 libgit2 錯誤</translation>
    </message>
    <message>
        <source>Could not read the workspace folder %1: %2</source>
        <translation>無法讀取工作區資料夾 %1：%2</translation>
    </message>
    <message>
        <source>Could not store %1 in the checkpoint: %2</source>
        <translation>無法將 %1 存入檢查點：%2</translation>
    </message>
    <message>
        <source>Could not open the checkpoint repository %1: %2</source>
        <translation>無法開啟檢查點儲存庫 %1：%2</translation>
    </message>
    <message>
        <source>Could not create the checkpoint repository %1: %2</source>
        <translation>無法建立檢查點儲存庫 %1：%2</translation>
    </message>
    <message>
        <source>The workspace folder %1 does not exist.</source>
        <translation>工作區資料夾 %1 不存在。</translation>
    </message>
    <message>
        <source>Could not open the git repository at %1: %2</source>
        <translation>無法開啟位於 %1 的 git 儲存庫：%2</translation>
    </message>
    <message>
        <source>%1 is inside a git repository&apos;s own folder, not a working tree.</source>
        <translation>%1 位於 git 儲存庫自身的資料夾內，而不是工作樹中。</translation>
    </message>
    <message>
        <source>Could not place %1 in its git repository&apos;s working tree %2.</source>
        <translation>無法確定 %1 在其 git 儲存庫工作樹 %2 中的位置。</translation>
    </message>
    <message>
        <source>Could not prepare a checkpoint: %1</source>
        <translation>無法準備檢查點：%1</translation>
    </message>
    <message>
        <source>Could not list the checkpoints: %1</source>
        <translation>無法列出檢查點：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid run id.</source>
        <translation>「%1」不是有效的執行 ID。</translation>
    </message>
    <message>
        <source>Could not read the git index: %1</source>
        <translation>無法讀取 git 索引：%1</translation>
    </message>
    <message>
        <source>Could not write the checkpoint&apos;s tree: %1</source>
        <translation>無法寫入檢查點的樹：%1</translation>
    </message>
    <message>
        <source>Could not write the checkpoint: %1</source>
        <translation>無法寫入檢查點：%1</translation>
    </message>
    <message>
        <source>There is no Solo run &quot;%1&quot; in %2.</source>
        <translation>%2 中沒有 Solo 執行「%1」。</translation>
    </message>
    <message>
        <source>Could not remove the run&apos;s checkpoints: %1</source>
        <translation>無法刪除該執行的檢查點：%1</translation>
    </message>
    <message>
        <source>Could not read a checkpoint: %1</source>
        <translation>無法讀取檢查點：%1</translation>
    </message>
    <message>
        <source>The Solo run &quot;%1&quot; has no step %2 (its steps are 1 to %3).</source>
        <translation>Solo 執行「%1」沒有第 %2 步（它的步驟為 1 到 %3）。</translation>
    </message>
    <message>
        <source>Could not compare the checkpoints: %1</source>
        <translation>無法比較檢查點：%1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，以及另外 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>it is a folder now</source>
        <translation>它現在是一個資料夾</translation>
    </message>
    <message>
        <source>its folder is a symbolic link or lies outside the workspace</source>
        <translation>它所在的資料夾是符號連結或位於工作區之外</translation>
    </message>
    <message>
        <source>could not create its folder</source>
        <translation>無法建立它所在的資料夾</translation>
    </message>
    <message>
        <source>its content is missing from the checkpoint</source>
        <translation>檢查點中缺少它的內容</translation>
    </message>
    <message>
        <source>a folder that is not empty is in its place</source>
        <translation>它的位置上有一個非空資料夾</translation>
    </message>
    <message>
        <source>Nothing was rolled back: these files were changed after the run&apos;s last checkpoint, and rolling back would overwrite those changes: %1</source>
        <translation>未回復任何內容：以下檔案在該執行的最後一個檢查點之後又被修改過，回復會覆寫這些修改：%1</translation>
    </message>
    <message>
        <source>before rollback to step %1</source>
        <translation>回復到第 %1 步之前</translation>
    </message>
    <message>
        <source>Nothing was rolled back: the workspace could not be saved first. %1</source>
        <translation>未回復任何內容：無法先儲存工作區。%1</translation>
    </message>
    <message>
        <source>after rollback to step %1</source>
        <translation>回復到第 %1 步之後</translation>
    </message>
    <message>
        <source>The rollback is incomplete; these files could not be restored: %1. The workspace as it was before the rollback is step %2 of the run.</source>
        <translation>回復未完成；以下檔案無法還原：%1。回復前的工作區儲存在該執行的第 %2 步。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::CommandPolicy</name>
    <message>
        <source>It is a fork bomb: it starts processes until the system stops responding.</source>
        <translation>這是一個 fork 炸彈：它會不斷建立行程，直到系統失去回應。</translation>
    </message>
    <message>
        <source>The command could not be read completely (an unclosed quote, bracket or substitution).</source>
        <translation>無法完整解析該命令（有未閉合的引號、括號或命令替換）。</translation>
    </message>
    <message>
        <source>%1 runs a command as another user.</source>
        <translation>%1 會以其他使用者身分執行命令。</translation>
    </message>
    <message>
        <source>It writes to %1, a configuration file in your home folder.</source>
        <translation>它會寫入 %1，這是您家目錄中的設定檔。</translation>
    </message>
    <message>
        <source>It writes to the device %1.</source>
        <translation>它會寫入裝置 %1。</translation>
    </message>
    <message>
        <source>It runs a downloaded script without saving and reading it first.</source>
        <translation>它會直接執行下載的指令稿，而不先儲存和檢視。</translation>
    </message>
    <message>
        <source>It deletes recursively a path that depends on a variable or a substitution: %1</source>
        <translation>它會遞迴刪除一個取決於變數或命令替換的路徑：%1</translation>
    </message>
    <message>
        <source>It deletes %1 recursively, which is outside the workspace.</source>
        <translation>它會遞迴刪除工作區之外的 %1。</translation>
    </message>
    <message>
        <source>It deletes the workspace itself, its .git folder or its checkpoints.</source>
        <translation>它會刪除工作區本身、其 .git 資料夾或其檢查點。</translation>
    </message>
    <message>
        <source>It force-pushes, which can overwrite commits on the remote.</source>
        <translation>它會強制推送，可能覆寫遠端儲存庫上的提交。</translation>
    </message>
    <message>
        <source>git reset --hard throws away uncommitted changes.</source>
        <translation>git reset --hard 會捨棄未提交的變更。</translation>
    </message>
    <message>
        <source>git clean -x deletes ignored files (such as .env), which checkpoints do not keep.</source>
        <translation>git clean -x 會刪除被忽略的檔案（例如 .env），檢查點不會保存這些檔案。</translation>
    </message>
    <message>
        <source>It formats or overwrites a disk.</source>
        <translation>它會格式化或覆寫磁碟。</translation>
    </message>
    <message>
        <source>It changes permissions or owners recursively on %1, outside the workspace.</source>
        <translation>它會遞迴變更工作區之外的 %1 的權限或擁有者。</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>命令為空。</translation>
    </message>
    <message>
        <source>It does not match the allowlist.</source>
        <translation>它不在允許清單中。</translation>
    </message>
    <message>
        <source>The approval policy asks before every command.</source>
        <translation>目前審核策略要求在每個命令執行前詢問。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::CommandRunner</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
    <message>
        <source>Could not write the command&apos;s log %1: %2</source>
        <translation>無法寫入命令記錄 %1：%2</translation>
    </message>
    <message>
        <source>Could not start /bin/sh in %1: %2</source>
        <translation>無法在 %1 中啟動 /bin/sh：%2</translation>
    </message>
</context>
<context>
    <name>Baton::Core::FailoverRoute</name>
    <message>
        <source>&quot;%1&quot; is not PRESET/MODEL</source>
        <translation>「%1」不是 預設/模型 格式</translation>
    </message>
    <message>
        <source>the route is empty</source>
        <translation>路由為空</translation>
    </message>
</context>
<context>
    <name>Baton::Core::HeadDiff</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>未知的 libgit2 錯誤</translation>
    </message>
    <message>
        <source>Could not open the git repository of %1: %2</source>
        <translation>無法開啟 %1 所在的 git 儲存庫：%2</translation>
    </message>
    <message>
        <source>Could not read HEAD for %1: %2</source>
        <translation>無法為 %1 讀取 HEAD：%2</translation>
    </message>
    <message>
        <source>Could not read the HEAD commit for %1: %2</source>
        <translation>無法為 %1 讀取 HEAD 提交：%2</translation>
    </message>
    <message>
        <source>Could not read %1 from HEAD: %2</source>
        <translation>無法從 HEAD 讀取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Baton::Core::ModelAvailability</name>
    <message>
        <source>key from %1</source>
        <translation>金鑰來自 %1</translation>
    </message>
    <message>
        <source>no key needed</source>
        <translation>無需金鑰</translation>
    </message>
    <message>
        <source>no key: store one in the keyring</source>
        <translation>沒有金鑰：請把金鑰存入金鑰圈</translation>
    </message>
    <message>
        <source>no key: set %1 or store one in the keyring</source>
        <translation>沒有金鑰：請設定 %1，或把金鑰存入金鑰圈</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>cannot list the models of %1</source>
        <translation>無法列出 %1 的模型</translation>
    </message>
    <message>
        <source>%1 answered, but not with a model list: %2</source>
        <translation>%1 有回應，但不是模型清單：%2</translation>
    </message>
    <message>
        <source>running at %1</source>
        <translation>正在 %1 執行</translation>
    </message>
    <message>
        <source>running at %1, but it has no models</source>
        <translation>正在 %1 執行，但沒有模型</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to the model listing</source>
        <translation>%1 對模型清單請求回傳了 HTTP %2</translation>
    </message>
    <message>
        <source>not running: %1</source>
        <translation>未執行：%1</translation>
    </message>
</context>
<context>
    <name>Baton::Core::PresetCatalog</name>
    <message>
        <source>a model has no &quot;id&quot;</source>
        <translation>有一個模型沒有 &quot;id&quot;</translation>
    </message>
    <message>
        <source>the price of %1 has no &quot;currency&quot;</source>
        <translation>%1 的價格沒有 &quot;currency&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or contains &apos;/&apos;</source>
        <translation>缺少 &quot;id&quot;，或其中包含 &apos;/&apos;</translation>
    </message>
    <message>
        <source>preset %1 has no &quot;protocol&quot;</source>
        <translation>預設 %1 沒有 &quot;protocol&quot;</translation>
    </message>
    <message>
        <source>preset %1 needs an http(s) &quot;baseUrl&quot;</source>
        <translation>預設 %1 需要 http(s) 的 &quot;baseUrl&quot;</translation>
    </message>
    <message>
        <source>preset %1 has an unknown &quot;authStyle&quot; (none, bearer, x-api-key, x-goog-api-key)</source>
        <translation>預設 %1 的 &quot;authStyle&quot; 未知（可用 none、bearer、x-api-key、x-goog-api-key）</translation>
    </message>
    <message>
        <source>preset %1 has a malformed &quot;keyEnvironment&quot;</source>
        <translation>預設 %1 的 &quot;keyEnvironment&quot; 格式有誤</translation>
    </message>
    <message>
        <source>preset %1: %2</source>
        <translation>預設 %1：%2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>無法讀取：%1</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 (at byte %2)</source>
        <translation>不是有效的 JSON：%1（位於第 %2 位元組）</translation>
    </message>
    <message>
        <source>does not hold a JSON object</source>
        <translation>不包含 JSON 物件</translation>
    </message>
    <message>
        <source>%1 is not a usable URL: %2</source>
        <translation>%1 不是可用的網址：%2</translation>
    </message>
</context>
<context>
    <name>Baton::Core::ProviderHost</name>
    <message>
        <source>%1 was built for provider ABI %2, but this Baton provides ABI %3.</source>
        <translation>%1 是為供應方 ABI %2 建置的，但此 Baton 提供的是 ABI %3。</translation>
    </message>
    <message>
        <source>%1 implements an unknown provider interface (%2).</source>
        <translation>%1 實作了未知的供應方介面（%2）。</translation>
    </message>
    <message>
        <source>%1 does not state its provider ABI version (&quot;abi&quot; in its metadata).</source>
        <translation>%1 未宣告其供應方 ABI 版本（中繼資料中的 &quot;abi&quot;）。</translation>
    </message>
    <message>
        <source>%1 is inconsistent: its metadata states provider ABI %2 but it implements the interface %3.</source>
        <translation>%1 前後不一致：其中繼資料宣告供應方 ABI %2，但實作的是介面 %3。</translation>
    </message>
    <message>
        <source>%1 does not name its protocol (&quot;protocol&quot; in its metadata).</source>
        <translation>%1 未指明其協定（中繼資料中的 &quot;protocol&quot;）。</translation>
    </message>
    <message>
        <source>The file is not a Qt plugin.</source>
        <translation>該檔案不是 Qt 外掛。</translation>
    </message>
    <message>
        <source>Cannot be read as a plugin: %1</source>
        <translation>無法作為外掛讀取：%1</translation>
    </message>
    <message>
        <source>Not a Baton provider plugin: it implements the interface &quot;%1&quot;.</source>
        <translation>不是 Baton 的模型供應方外掛：它實作的是介面 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The protocol &quot;%1&quot; is already provided by %2.</source>
        <translation>協定 &quot;%1&quot; 已由 %2 提供。</translation>
    </message>
    <message>
        <source>The provider plugins have not been looked for yet.</source>
        <translation>尚未尋找模型供應方外掛。</translation>
    </message>
    <message>
        <source>The provider plugin for the protocol &quot;%1&quot; cannot be used: %2</source>
        <translation>協定 &quot;%1&quot; 的供應方外掛無法使用：%2</translation>
    </message>
    <message>
        <source>No provider plugin for the protocol &quot;%1&quot; was found.</source>
        <translation>未找到協定 &quot;%1&quot; 的供應方外掛。</translation>
    </message>
    <message>
        <source>it does not implement the provider interface it declares.</source>
        <translation>它沒有實作其宣告的供應方介面。</translation>
    </message>
    <message>
        <source>The provider plugin %1 could not be loaded: %2</source>
        <translation>無法載入供應方外掛 %1：%2</translation>
    </message>
</context>
<context>
    <name>Baton::Core::Repository</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>未知的 libgit2 錯誤</translation>
    </message>
    <message>
        <source>%1 is not inside a git repository</source>
        <translation>%1 不在 git 儲存庫中</translation>
    </message>
    <message>
        <source>HEAD detached at %1</source>
        <translation>HEAD 分離於 %1</translation>
    </message>
    <message>
        <source>Could not open the git repository at %1: %2</source>
        <translation>無法開啟位於 %1 的 git 儲存庫：%2</translation>
    </message>
    <message>
        <source>Could not create a git repository at %1: %2</source>
        <translation>無法在 %1 建立 git 儲存庫：%2</translation>
    </message>
    <message>
        <source>Could not read HEAD: %1</source>
        <translation>無法讀取 HEAD：%1</translation>
    </message>
    <message>
        <source>Could not read the git status: %1</source>
        <translation>無法讀取 git 狀態：%1</translation>
    </message>
</context>
<context>
    <name>Baton::Core::SearchReplace</name>
    <message>
        <source>%1 is not inside the workspace; it is left alone.</source>
        <translation>%1 不在工作區內；未作變更。</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>規則運算式無效：%1</translation>
    </message>
    <message>
        <source>%1 changed since the search; search again to replace in it.</source>
        <translation>%1 在搜尋後已變更；請重新搜尋後再取代。</translation>
    </message>
    <message>
        <source>%1 changed on disk since the preview; it was not replaced.</source>
        <translation>%1 在預覽後已在磁碟上變更；未取代。</translation>
    </message>
    <message>
        <source>%1 is in %2; Replace All changes UTF-8 files only. Open it and use Replace in the file instead.</source>
        <translation>%1 的編碼是 %2；「全部取代」只修改 UTF-8 檔案。請開啟該檔案，在檔案內取代。</translation>
    </message>
    <message>
        <source>%1 cannot be read back exactly in %2; open it to edit it.</source>
        <translation>%1 無法以 %2 精確讀回；請開啟它進行編輯。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::SecretStore</name>
    <message>
        <source>No key is stored under this name.</source>
        <translation>此名稱下沒有儲存金鑰。</translation>
    </message>
    <message>
        <source>No system keyring is available (%1). Start GNOME Keyring or KWallet to keep keys safely.</source>
        <translation>沒有可用的系統金鑰圈（%1）。請啟動 GNOME Keyring 或 KWallet 以安全保存金鑰。</translation>
    </message>
    <message>
        <source>The keyring refused access: %1</source>
        <translation>金鑰圈拒絕存取：%1</translation>
    </message>
    <message>
        <source>The keyring failed: %1</source>
        <translation>金鑰圈出錯：%1</translation>
    </message>
</context>
<context>
    <name>Baton::Core::SessionStore</name>
    <message>
        <source>Could not back up unsaved work to %1: %2</source>
        <translation>無法將未儲存的工作備份到 %1：%2</translation>
    </message>
    <message>
        <source>Could not back up unsaved work: the folder %1 cannot be created.</source>
        <translation>無法備份未儲存的工作：無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Could not read the backup of unsaved work %1: %2</source>
        <translation>無法讀取未儲存工作的備份 %1：%2</translation>
    </message>
    <message>
        <source>The backup of unsaved work %1 is damaged: %2</source>
        <translation>未儲存工作的備份 %1 已損毀：%2</translation>
    </message>
    <message>
        <source>The backup of unsaved work %1 was written by a newer Baton.</source>
        <translation>未儲存工作的備份 %1 由較新版本的 Baton 寫入。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::SoloRun</name>
    <message numerus="yes">
        <source>Stopped: the run&apos;s time budget (%n second(s)) is used up.</source>
        <translation>
            <numerusform>已停止：本次執行的時間預算（%n 秒）已用完。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not take the first checkpoint: %1</source>
        <translation>無法建立第一個檢查點：%1</translation>
    </message>
    <message>
        <source>Stopped: the run was cancelled.</source>
        <translation>已停止：執行已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: the run&apos;s step budget (%n step(s)) is used up.</source>
        <translation>
            <numerusform>已停止：本次執行的步數預算（%n 步）已用完。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the model could not be reached: %1</source>
        <translation>已停止：無法連線到模型：%1</translation>
    </message>
    <message>
        <source>Stopped: the run&apos;s token budget (%1 tokens) is used up.</source>
        <translation>已停止：本次執行的 token 預算（%1 個 token）已用完。</translation>
    </message>
    <message>
        <source>Could not take a checkpoint before %1: %2</source>
        <translation>無法在 %1 之前建立檢查點：%2</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: the model repeated the same failing %1 call %n time(s).</source>
        <translation>
            <numerusform>已停止：模型重複了同一個失敗的 %1 呼叫 %n 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: no progress (no change to the files or the plan) in %n step(s).</source>
        <translation>
            <numerusform>已停止：%n 步內沒有進展（檔案和計畫都沒有變化）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baton::Core::Store</name>
    <message>
        <source>Could not create the folder %1 for Baton&apos;s database.</source>
        <translation>無法為 Baton 的資料庫建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>無法開啟資料庫 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable Baton database: %2</source>
        <translation>%1 不是可讀取的 Baton 資料庫：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Baton (schema %2; this Baton knows up to %3). It was left untouched.</source>
        <translation>%1 由較新版本的 Baton 寫入（結構描述版本 %2；此 Baton 最高支援 %3）。該檔案未被更動。</translation>
    </message>
    <message>
        <source>Could not switch %1 to write-ahead logging: %2</source>
        <translation>無法將 %1 切換為預寫日誌模式：%2</translation>
    </message>
    <message>
        <source>Could not update the schema of %1: %2</source>
        <translation>無法更新 %1 的資料庫結構描述：%2</translation>
    </message>
    <message>
        <source>Could not update the schema of %1 to version %2: %3</source>
        <translation>無法將 %1 的資料庫結構描述更新到版本 %2：%3</translation>
    </message>
</context>
<context>
    <name>Baton::Core::StreamingRequest</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>No network access is available for the request to %1.</source>
        <translation>沒有可用於向 %1 傳送請求的網路存取。</translation>
    </message>
    <message>
        <source>The request to %1 was dropped because the network access was shut down.</source>
        <translation>由於網路存取已關閉，送往 %1 的請求被捨棄。</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 (connect timeout).</source>
        <translation>無法在 %2 內連線到 %1（連線逾時）。</translation>
    </message>
    <message>
        <source>Sending the request to %1 stalled for %2 (idle timeout).</source>
        <translation>向 %1 傳送請求停滯了 %2（閒置逾時）。</translation>
    </message>
    <message>
        <source>%1 did not start to answer within %2 (first-byte timeout).</source>
        <translation>%1 未在 %2 內開始回應（首位元組逾時）。</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 and the response was abandoned (idle timeout).</source>
        <translation>%1 在 %2 內沒有傳送任何資料，已放棄該回應（閒置逾時）。</translation>
    </message>
    <message>
        <source>The connection to %1 broke off after %2 bytes of the response: %3</source>
        <translation>與 %1 的連線在收到 %2 位元組回應後中斷：%3</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>無法連線 %1：%2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>請求已取消。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::TestCommand</name>
    <message>
        <source>%1 is a configured CMake build folder with tests (built before ctest runs)</source>
        <translation>%1 是已設定且包含測試的 CMake 建置資料夾（執行 ctest 前會先建置）</translation>
    </message>
    <message>
        <source>CMakeLists.txt declares tests and there is no build folder: configured and built in %1</source>
        <translation>CMakeLists.txt 宣告了測試但沒有建置資料夾：在 %1 中設定並建置</translation>
    </message>
    <message>
        <source>the project&apos;s test script %1</source>
        <translation>專案的測試指令稿 %1</translation>
    </message>
    <message>
        <source>%1 has a %2 target</source>
        <translation>%1 有 %2 目標</translation>
    </message>
    <message>
        <source>package.json has a test script</source>
        <translation>package.json 中有 test 指令稿</translation>
    </message>
    <message>
        <source>Cargo.toml: a Rust project</source>
        <translation>Cargo.toml：Rust 專案</translation>
    </message>
    <message>
        <source>go.mod: a Go module</source>
        <translation>go.mod：Go 模組</translation>
    </message>
    <message>
        <source>Python tests (%1)</source>
        <translation>Python 測試（%1）</translation>
    </message>
    <message>
        <source>your test command (the run&apos;s options)</source>
        <translation>你的測試命令（本次執行的選項）</translation>
    </message>
    <message>
        <source>the test command set in .baton/solo.json</source>
        <translation>.baton/solo.json 中設定的測試命令</translation>
    </message>
    <message>
        <source>%1 (%2; skipped: %3 is not installed)</source>
        <translation>%1（%2；已略過：未安裝 %3）</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Baton::Core::TextEncoding</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（含 BOM）</translation>
    </message>
    <message>
        <source>UTF-16 LE without BOM</source>
        <translation>UTF-16 LE（無 BOM）</translation>
    </message>
    <message>
        <source>UTF-16 BE without BOM</source>
        <translation>UTF-16 BE（無 BOM）</translation>
    </message>
    <message>
        <source>%1 is not available on this system.</source>
        <translation>此系統不支援 %1。</translation>
    </message>
    <message>
        <source>“%1” on line %2 cannot be written in %3. Choose another encoding (for example UTF-8) from the status bar, or remove the character.</source>
        <translation>第 %2 行的「%1」無法以 %3 寫入。請從狀態列選擇其他編碼（例如 UTF-8），或刪除該字元。</translation>
    </message>
</context>
<context>
    <name>Baton::Core::TextFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是資料夾，不是檔案。</translation>
    </message>
    <message>
        <source>%1 is too large to open (%2 MB; the limit is %3 MB).</source>
        <translation>%1 太大，無法開啟（%2 MB；上限為 %3 MB）。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 looks like a binary file; Baton opens text files only.</source>
        <translation>%1 看起來是二進位檔案；Baton 只開啟文字檔案。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
</context>
<context>
    <name>Baton::Core::TextSearch</name>
    <message>
        <source>ripgrep failed: %1</source>
        <translation>ripgrep 失敗：%1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <source>The search took longer than %1 minutes and was stopped.</source>
        <translation>搜尋超過 %1 分鐘，已停止。</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>規則運算式無效：%1</translation>
    </message>
    <message>
        <source>ripgrep (rg) is not installed.</source>
        <translation>未安裝 ripgrep (rg)。</translation>
    </message>
    <message>
        <source>Could not run ripgrep: %1</source>
        <translation>無法執行 ripgrep：%1</translation>
    </message>
</context>
<context>
    <name>Baton::Core::UsageLog</name>
    <message>
        <source>Could not record the usage of %1/%2: %3</source>
        <translation>無法記錄 %1/%2 的用量：%3</translation>
    </message>
    <message>
        <source>Could not read the usage: %1</source>
        <translation>無法讀取用量：%1</translation>
    </message>
</context>
<context>
    <name>Baton::Core::WorkingTree</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>未知的 libgit2 錯誤</translation>
    </message>
    <message>
        <source>%1 is not inside a git repository</source>
        <translation>%1 不在 git 儲存庫中</translation>
    </message>
    <message>
        <source>Could not open the git repository at %1: %2</source>
        <translation>無法開啟位於 %1 的 git 儲存庫：%2</translation>
    </message>
    <message>
        <source>The git repository at %1 is bare: it has no working tree.</source>
        <translation>位於 %1 的 git 儲存庫是裸儲存庫：它沒有工作目錄。</translation>
    </message>
    <message>
        <source>Could not read the git status: %1</source>
        <translation>無法讀取 git 狀態：%1</translation>
    </message>
    <message>
        <source>Could not read the git index: %1</source>
        <translation>無法讀取 git 索引：%1</translation>
    </message>
    <message>
        <source>Could not stage %1 (nothing was staged): %2</source>
        <translation>無法暫存 %1（未暫存任何內容）：%2</translation>
    </message>
    <message>
        <source>Could not write the git index: %1</source>
        <translation>無法寫入 git 索引：%1</translation>
    </message>
    <message>
        <source>Could not read HEAD: %1</source>
        <translation>無法讀取 HEAD：%1</translation>
    </message>
    <message>
        <source>Could not unstage (nothing was unstaged): %1</source>
        <translation>無法取消暫存（未取消暫存任何內容）：%1</translation>
    </message>
    <message>
        <source>Could not discard the changes: %1</source>
        <translation>無法捨棄變更：%1</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>無法刪除 %1。</translation>
    </message>
    <message>
        <source>Write a commit message first.</source>
        <translation>請先填寫提交訊息。</translation>
    </message>
    <message>
        <source>A merge, rebase or other git operation is in progress. Finish or abort it with git before committing here.</source>
        <translation>有合併、重定基底或其他 git 操作正在進行。請先用 git 完成或中止它，再在這裡提交。</translation>
    </message>
    <message>
        <source>Git does not know who you are, so it cannot record the commit. Set your name and e-mail address, for example in a terminal:
git config --global user.name &quot;Your Name&quot;
git config --global user.email you@example.com</source>
        <translation>Git 不知道你是誰，因此無法記錄這次提交。請設定你的姓名和電子郵件地址，例如在終端機中執行：
git config --global user.name &quot;Your Name&quot;
git config --global user.email you@example.com</translation>
    </message>
    <message>
        <source>Could not read your git identity: %1</source>
        <translation>無法讀取你的 git 身分：%1</translation>
    </message>
    <message>
        <source>Some files have conflicts. Resolve them and stage the files before committing.</source>
        <translation>部分檔案有衝突。請先解決衝突並暫存這些檔案，再提交。</translation>
    </message>
    <message>
        <source>Could not write the staged files: %1</source>
        <translation>無法寫入已暫存的檔案：%1</translation>
    </message>
    <message>
        <source>Nothing is staged to commit.</source>
        <translation>沒有已暫存的內容可提交。</translation>
    </message>
    <message>
        <source>Could not use the commit message: %1</source>
        <translation>無法使用該提交訊息：%1</translation>
    </message>
    <message>
        <source>Could not commit: %1</source>
        <translation>無法提交：%1</translation>
    </message>
    <message>
        <source>Could not list the branches: %1</source>
        <translation>無法列出分支：%1</translation>
    </message>
    <message>
        <source>There is no branch %1.</source>
        <translation>不存在分支 %1。</translation>
    </message>
    <message>
        <source>Could not switch to %1: %2</source>
        <translation>無法切換到 %1：%2</translation>
    </message>
    <message>
        <source>Did not switch to %1: it would overwrite your local changes to these files. Commit or discard them first.
%2</source>
        <translation>未切換到 %1：這會覆寫你對以下檔案的本機變更。請先提交或捨棄這些變更。
%2</translation>
    </message>
    <message>
        <source>“%1” is not a valid branch name.</source>
        <translation>「%1」不是有效的分支名稱。</translation>
    </message>
    <message>
        <source>A branch named %1 already exists.</source>
        <translation>名為 %1 的分支已存在。</translation>
    </message>
    <message>
        <source>Make a first commit before creating another branch.</source>
        <translation>請先進行第一次提交，再建立其他分支。</translation>
    </message>
    <message>
        <source>Could not create the branch %1: %2</source>
        <translation>無法建立分支 %1：%2</translation>
    </message>
    <message>
        <source>Could not stage the changes: %1</source>
        <translation>無法暫存變更：%1</translation>
    </message>
    <message>
        <source>No tracked file has changes to commit. New files are committed only once you stage them.</source>
        <translation>沒有已追蹤的檔案有可提交的變更。新檔案只有在暫存後才會被提交。</translation>
    </message>
    <message>
        <source>There is no remote branch %1.</source>
        <translation>不存在遠端分支 %1。</translation>
    </message>
    <message>
        <source>Could not tell which remote %1 belongs to.</source>
        <translation>無法判斷 %1 屬於哪個遠端儲存庫。</translation>
    </message>
    <message>
        <source>A local branch named %1 already exists and does not track %2. Switch to it, or rename it first.</source>
        <translation>名為 %1 的本機分支已存在，且未追蹤 %2。請切換到該分支，或先將其重新命名。</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::BranchButton</name>
    <message>
        <source>Git branch: click to switch or create one</source>
        <translation>Git 分支：按一下以切換或建立分支</translation>
    </message>
    <message>
        <source>Create Branch…</source>
        <translation>建立分支…</translation>
    </message>
    <message>
        <source>Switch to Branch</source>
        <translation>切換到分支</translation>
    </message>
    <message>
        <source>Create Branch</source>
        <translation>建立分支</translation>
    </message>
    <message>
        <source>Name of the new branch (created from the current commit and checked out):</source>
        <translation>新分支的名稱（從目前的提交建立並簽出）：</translation>
    </message>
    <message>
        <source>“%1” is not a valid branch name.</source>
        <translation>「%1」不是有效的分支名稱。</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n commit(s) to push</source>
        <translation>
            <numerusform>%1：有 %n 個提交待推送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) to pull</source>
        <translation>
            <numerusform>有 %n 個提交待拉取</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Branches</source>
        <translation>遠端分支</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::ChangesPanel</name>
    <message>
        <source>Added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>已重新命名</translation>
    </message>
    <message>
        <source>Untracked</source>
        <translation>未追蹤</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>有衝突</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>Message (Ctrl+Enter to commit)</source>
        <translation>提交訊息（按 Ctrl+Enter 提交）</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Staged Changes</source>
        <translation>暫存的變更</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Unstage All Changes</source>
        <translation>取消暫存所有變更</translation>
    </message>
    <message>
        <source>Stage All Changes</source>
        <translation>暫存所有變更</translation>
    </message>
    <message>
        <source>Discard All Changes…</source>
        <translation>捨棄所有變更…</translation>
    </message>
    <message>
        <source>Unstage Changes</source>
        <translation>取消暫存變更</translation>
    </message>
    <message>
        <source>Stage Changes</source>
        <translation>暫存變更</translation>
    </message>
    <message>
        <source>Discard Changes…</source>
        <translation>捨棄變更…</translation>
    </message>
    <message>
        <source>The workspace folder is not in a git repository.</source>
        <translation>工作區資料夾不在 git 儲存庫中。</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…另外還有 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>捨棄變更</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Write a commit message first.</source>
        <translation>請先填寫提交訊息。</translation>
    </message>
    <message>
        <source>Committed %1.</source>
        <translation>已提交 %1。</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>開啟檔案</translation>
    </message>
    <message>
        <source>Nothing is staged to commit.</source>
        <translation>沒有已暫存的內容可提交。</translation>
    </message>
    <message>
        <source>Commit the staged changes (with none staged, offers to commit every change to tracked files)</source>
        <translation>提交已暫存的變更（沒有已暫存的變更時，提議提交已追蹤檔案的所有變更）</translation>
    </message>
    <message>
        <source>More Actions…</source>
        <translation>更多動作…</translation>
    </message>
    <message>
        <source>Commit Staged</source>
        <translation>提交已暫存的變更</translation>
    </message>
    <message>
        <source>Commit All (Tracked Files)</source>
        <translation>全部提交（已追蹤的檔案）</translation>
    </message>
    <message>
        <source>Stage every change to tracked files and commit; new files are committed only once you stage them</source>
        <translation>暫存已追蹤檔案的所有變更並提交；新檔案只有在暫存後才會被提交</translation>
    </message>
    <message>
        <source>Always Commit All When Nothing Is Staged</source>
        <translation>沒有已暫存的變更時一律全部提交</translation>
    </message>
    <message numerus="yes">
        <source>Discard the changes to %n file(s)? Changes to tracked files cannot be undone.</source>
        <translation>
            <numerusform>要捨棄對 %n 個檔案的變更嗎？對已追蹤檔案的變更無法復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new (untracked) file(s) will be moved to the trash.</source>
        <translation>
            <numerusform>%n 個新的（未追蹤的）檔案將被移到垃圾桶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n Files</source>
        <translation>
            <numerusform>捨棄 %n 個檔案</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Files</source>
        <translation>刪除檔案</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) could not be moved to the trash (the desktop has none here). Delete them permanently? This cannot be undone.</source>
        <translation>
            <numerusform>%n 個新檔案無法移到垃圾桶（此處桌面沒有垃圾桶）。要永久刪除它們嗎？此操作無法復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>永久刪除</translation>
    </message>
    <message>
        <source>Nothing is staged to commit. New files are committed only once you stage them (+).</source>
        <translation>沒有已暫存的內容可提交。新檔案只有在暫存（+）後才會被提交。</translation>
    </message>
    <message>
        <source>There are no changes to commit.</source>
        <translation>沒有可提交的變更。</translation>
    </message>
    <message numerus="yes">
        <source>There are no staged changes to commit. Stage the changes to %n tracked file(s) and commit them?</source>
        <translation>
            <numerusform>沒有已暫存的變更可提交。要暫存對 %n 個已追蹤檔案的變更並提交嗎？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new (untracked) file(s) will not be included: stage them first to commit them.</source>
        <translation>
            <numerusform>%n 個新的（未追蹤的）檔案不會包含在內：要提交它們，請先暫存。</numerusform>
        </translation>
    </message>
    <message>
        <source>New (untracked) files are never included unless you stage them.</source>
        <translation>新的（未追蹤的）檔案除非你暫存，否則不會包含在內。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>一律</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::DiffView</name>
    <message>
        <source>%1 (HEAD ↔ Working Tree)</source>
        <translation>%1（HEAD ↔ 工作目錄）</translation>
    </message>
    <message>
        <source>%1 is not in a git repository, or git ignores it: there is no committed version to compare with.</source>
        <translation>%1 不在 git 儲存庫中，或被 git 忽略：沒有可供比較的已提交版本。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比較…</translation>
    </message>
    <message>
        <source>No changes against HEAD</source>
        <translation>與 HEAD 相比沒有變更</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>第 %1 處變更，共 %2 處</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>上一處變更</translation>
    </message>
    <message>
        <source>Previous Change (Shift+F7)</source>
        <translation>上一處變更 (Shift+F7)</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>下一處變更</translation>
    </message>
    <message>
        <source>Next Change (F7)</source>
        <translation>下一處變更 (F7)</translation>
    </message>
    <message>
        <source>HEAD</source>
        <translation>HEAD</translation>
    </message>
    <message>
        <source>Working Tree</source>
        <translation>工作目錄</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::FindBar</name>
    <message>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Toggle Replace</source>
        <translation>切換取代</translation>
    </message>
    <message>
        <source>Match Case (Alt+C)</source>
        <translation>大小寫須相符 (Alt+C)</translation>
    </message>
    <message>
        <source>Match Whole Word (Alt+W)</source>
        <translation>全字拼寫須相符 (Alt+W)</translation>
    </message>
    <message>
        <source>Use Regular Expression (Alt+R)</source>
        <translation>使用規則運算式 (Alt+R)</translation>
    </message>
    <message>
        <source>Previous Match (Shift+Enter)</source>
        <translation>上一個相符項目 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next Match (Enter)</source>
        <translation>下一個相符項目 (Enter)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>關閉 (Escape)</translation>
    </message>
    <message>
        <source>Replace (Ctrl+Shift+1)</source>
        <translation>取代 (Ctrl+Shift+1)</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部取代</translation>
    </message>
    <message>
        <source>Replace All (Ctrl+Alt+Enter)</source>
        <translation>全部取代 (Ctrl+Alt+Enter)</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>規則運算式無效：%1</translation>
    </message>
    <message>
        <source>Invalid pattern</source>
        <translation>模式無效</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>無結果</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 個結果</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 項，共 %2 項</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::MainWindow</name>
    <message>
        <source>About Baton</source>
        <translation>關於 Baton</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Baton %1&lt;/h3&gt;&lt;p&gt;A native AI IDE: desktop editing, model switching from a dropdown, and delegated tasks on the model of your choice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Baton（接力）%1&lt;/h3&gt;&lt;p&gt;原生 AI 整合開發環境：桌面編輯、從下拉選單切換模型，並把任務交給你選擇的模型完成。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>開啟資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>開啟檔案(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>關閉分頁(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>終端機(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Baton</source>
        <translation>關於 Baton(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Baton&lt;/h2&gt;&lt;p&gt;Open a folder to start: &lt;b&gt;File ▸ Open Folder…&lt;/b&gt; (%1)&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Baton（接力）&lt;/h2&gt;&lt;p&gt;開啟一個資料夾開始工作：&lt;b&gt;檔案 ▸ 開啟資料夾…&lt;/b&gt;（%1）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>終端機</translation>
    </message>
    <message>
        <source>Baton</source>
        <translation>Baton</translation>
    </message>
    <message>
        <source>%1 — Baton</source>
        <translation>%1 — Baton</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>開啟檔案</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>儲存失敗</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>是否儲存對 %1 的變更？</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>第 %1 行，第 %2 欄</translation>
    </message>
    <message>
        <source>Plain Text</source>
        <translation>純文字</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>&amp;New File</source>
        <translation>新增檔案(&amp;N)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>全部儲存(&amp;L)</translation>
    </message>
    <message>
        <source>Close All Tabs</source>
        <translation>關閉所有分頁</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>重新開啟已關閉的分頁(&amp;R)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>取代(&amp;R)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>尋找上一個(&amp;P)</translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation>切換註解(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Duplicate Lines</source>
        <translation>複製行(&amp;D)</translation>
    </message>
    <message>
        <source>Move Lines &amp;Up</source>
        <translation>上移行(&amp;U)</translation>
    </message>
    <message>
        <source>Move Lines Do&amp;wn</source>
        <translation>下移行(&amp;W)</translation>
    </message>
    <message>
        <source>De&amp;lete Lines</source>
        <translation>刪除行(&amp;L)</translation>
    </message>
    <message>
        <source>Add &amp;Next Occurrence</source>
        <translation>新增下一個相符項目(&amp;N)</translation>
    </message>
    <message>
        <source>Add Cursor Above</source>
        <translation>在上方新增游標</translation>
    </message>
    <message>
        <source>Add Cursor Below</source>
        <translation>在下方新增游標</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>移至</translation>
    </message>
    <message>
        <source>Go to &amp;Line…</source>
        <translation>移至行(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>下一步(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>下一個分頁(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>上一個分頁(&amp;P)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>&amp;Split Editor Right</source>
        <translation>向右分割編輯器(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>重設縮放(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Word Wrap</source>
        <translation>自動換行(&amp;W)</translation>
    </message>
    <message>
        <source>Show &amp;Whitespace</source>
        <translation>顯示空白字元(&amp;W)</translation>
    </message>
    <message>
        <source>Show &amp;Line Endings</source>
        <translation>顯示行尾符號(&amp;L)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移至(&amp;G)</translation>
    </message>
    <message>
        <source>Indentation</source>
        <translation>縮排</translation>
    </message>
    <message>
        <source>Line endings</source>
        <translation>行尾序列</translation>
    </message>
    <message>
        <source>Language mode</source>
        <translation>語言模式</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近開啟</translation>
    </message>
    <message>
        <source>Untitled-%1</source>
        <translation>未命名-%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Close Others</source>
        <translation>關閉其他</translation>
    </message>
    <message>
        <source>Close to the Right</source>
        <translation>關閉右側</translation>
    </message>
    <message>
        <source>Close Saved</source>
        <translation>關閉已儲存</translation>
    </message>
    <message>
        <source>Close All</source>
        <translation>全部關閉</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>複製路徑</translation>
    </message>
    <message>
        <source>Copy Relative Path</source>
        <translation>複製相對路徑</translation>
    </message>
    <message>
        <source>Reveal in File Tree</source>
        <translation>在檔案樹中顯示</translation>
    </message>
    <message>
        <source>Split Right</source>
        <translation>向右分割</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存新檔</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded.</source>
        <translation>%1 已在磁碟上變更，已重新載入。</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>檔案已在磁碟上變更</translation>
    </message>
    <message>
        <source>%1 was changed on disk, and you have unsaved changes to it.

Reload it from disk and lose your changes, or keep your version (saving will overwrite the file)?</source>
        <translation>%1 已在磁碟上變更，而您有未儲存的修改。

從磁碟重新載入並捨棄您的修改，還是保留您的版本（儲存時將覆寫該檔案）？</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>移至行</translation>
    </message>
    <message>
        <source>Line (1–%1), optionally followed by :column</source>
        <translation>行號（1–%1），可在後面加 :欄號</translation>
    </message>
    <message>
        <source>“%1” is not a line number.</source>
        <translation>「%1」不是行號。</translation>
    </message>
    <message numerus="yes">
        <source>%n selections</source>
        <translation>
            <numerusform>%n 個選取範圍</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n selected)</source>
        <translation>
            <numerusform>（已選取 %n 個字元）</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab Size: %1</source>
        <translation>Tab 大小：%1</translation>
    </message>
    <message>
        <source>Spaces: %1</source>
        <translation>空格：%1</translation>
    </message>
    <message>
        <source>LF (Linux, macOS)</source>
        <translation>LF（Linux、macOS）</translation>
    </message>
    <message>
        <source>CRLF (Windows)</source>
        <translation>CRLF（Windows）</translation>
    </message>
    <message>
        <source>CR (classic Mac OS)</source>
        <translation>CR（傳統 Mac OS）</translation>
    </message>
    <message>
        <source>Tabs, width %1</source>
        <translation>Tab，寬度 %1</translation>
    </message>
    <message>
        <source>New File…</source>
        <translation>新增檔案…</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>新增資料夾…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Reveal in File Manager</source>
        <translation>在檔案管理員中顯示</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新增資料夾</translation>
    </message>
    <message>
        <source>New File</source>
        <translation>新增檔案</translation>
    </message>
    <message>
        <source>Name (may include sub-folders):</source>
        <translation>名稱（可包含子資料夾）：</translation>
    </message>
    <message>
        <source>Not Created</source>
        <translation>未建立</translation>
    </message>
    <message>
        <source>“%1” is outside the workspace.</source>
        <translation>「%1」位於工作區之外。</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>「%1」已存在。</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>無法建立資料夾「%1」。</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>無法建立「%1」：%2</translation>
    </message>
    <message>
        <source>Move “%1” to the trash?</source>
        <translation>將「%1」移至垃圾桶？</translation>
    </message>
    <message>
        <source>“%1” could not be moved to the trash (there may be none on this system); it was not deleted.</source>
        <translation>無法將「%1」移至垃圾桶（此系統可能沒有垃圾桶）；未刪除。</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>未刪除</translation>
    </message>
    <message>
        <source>Encoding: reopen or save with another encoding</source>
        <translation>編碼：以其他編碼重新開啟或儲存</translation>
    </message>
    <message>
        <source>%1 is not valid %2; it is open read-only so that no byte is lost. Reopen it with another encoding from the status bar.</source>
        <translation>%1 不是有效的 %2；已以唯讀方式開啟，以免遺失任何位元組。可從狀態列以其他編碼重新開啟。</translation>
    </message>
    <message>
        <source>Restored your unsaved changes from the last session.</source>
        <translation>已還原上次工作階段中未儲存的變更。</translation>
    </message>
    <message>
        <source>Reopen with Encoding</source>
        <translation>以編碼重新開啟</translation>
    </message>
    <message>
        <source>Save with Encoding</source>
        <translation>以編碼儲存</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Reopening it from disk loses them.</source>
        <translation>%1 有未儲存的變更。從磁碟重新開啟將遺失這些變更。</translation>
    </message>
    <message>
        <source>Reopened %1 as %2.</source>
        <translation>已按 %2 重新開啟 %1。</translation>
    </message>
    <message>
        <source>%1 is not valid %2; it is open read-only so that no byte is lost.</source>
        <translation>%1 不是有效的 %2；已以唯讀方式開啟，以免遺失任何位元組。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;New Terminal</source>
        <translation>新增終端機(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Changes (Diff with HEAD)</source>
        <translation>開啟變更（與 HEAD 比較）(&amp;O)</translation>
    </message>
    <message>
        <source>Open a saved file to compare it with HEAD.</source>
        <translation>請開啟一個已儲存的檔案，才能將其與 HEAD 比較。</translation>
    </message>
    <message>
        <source>Go to &amp;File…</source>
        <translation>移至檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>命令選擇區(&amp;C)…</translation>
    </message>
    <message>
        <source>Source &amp;Control</source>
        <translation>原始檔控制(&amp;C)</translation>
    </message>
    <message>
        <source>Hide &amp;Ignored Files</source>
        <translation>隱藏已忽略的檔案(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;witch Git Branch…</source>
        <translation>切換 Git 分支(&amp;W)…</translation>
    </message>
    <message>
        <source>Create Git &amp;Branch…</source>
        <translation>建立 Git 分支(&amp;B)…</translation>
    </message>
    <message>
        <source>Source Control</source>
        <translation>原始檔控制</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Go to any file by name with &lt;b&gt;Go ▸ Go to File…&lt;/b&gt; (%3), run any command with &lt;b&gt;View ▸ Command Palette…&lt;/b&gt; (%4), or open a file from the tree on the left or with &lt;b&gt;File ▸ Open File…&lt;/b&gt; (%2).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;依名稱移至任何檔案：&lt;b&gt;移至 ▸ 移至檔案…&lt;/b&gt;（%3）；執行任何命令：&lt;b&gt;檢視 ▸ 命令選擇區…&lt;/b&gt;（%4）；也可以從左側的檔案樹開啟檔案，或使用&lt;b&gt;檔案 ▸ 開啟檔案…&lt;/b&gt;（%2）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Search in Files…</source>
        <translation>在檔案中搜尋(&amp;S)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Highlighting is off for this large file; choose its language from the status bar to turn it on.</source>
        <translation>此大型檔案已關閉語法突顯；可在狀態列中選擇其語言來重新開啟。</translation>
    </message>
    <message>
        <source>Discard Changes…</source>
        <translation>捨棄變更…</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::QuickOpen</name>
    <message>
        <source>recently opened</source>
        <translation>最近開啟</translation>
    </message>
    <message>
        <source>Go to line %1, column %2</source>
        <translation>移至第 %1 行，第 %2 欄</translation>
    </message>
    <message>
        <source>Go to line %1</source>
        <translation>移至第 %1 行</translation>
    </message>
    <message>
        <source>Type a line number to go to, optionally :column</source>
        <translation>輸入要移至的行號，可在後面加 :欄號</translation>
    </message>
    <message>
        <source>“%1” is not available now.</source>
        <translation>「%1」目前無法使用。</translation>
    </message>
    <message>
        <source>Search files by name (add :line to go to a line), &gt; for commands, : for a line</source>
        <translation>依名稱搜尋檔案（加 :行號 可移至該行），輸入 &gt; 執行命令，輸入 : 移至行</translation>
    </message>
    <message>
        <source>Open a folder to search its files.</source>
        <translation>開啟一個資料夾以搜尋其中的檔案。</translation>
    </message>
    <message>
        <source>Indexing files…</source>
        <translation>正在索引檔案…</translation>
    </message>
    <message>
        <source>No matching files.</source>
        <translation>沒有相符的檔案。</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n files of this folder are searched.</source>
        <translation>
            <numerusform>只搜尋此資料夾中的前 %n 個檔案。</numerusform>
        </translation>
    </message>
    <message>
        <source>No matching commands.</source>
        <translation>沒有相符的命令。</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::ReplacePreviewDialog</name>
    <message>
        <source>Replace All</source>
        <translation>全部取代</translation>
    </message>
    <message>
        <source>Replace with “%1”:</source>
        <translation>取代為「%1」：</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>%1 — not replaced: %2</source>
        <translation>%1 — 未取代：%2</translation>
    </message>
    <message>
        <source>%1 (open in an editor: changed there, not saved)</source>
        <translation>%1（已在編輯器中開啟：在編輯器中修改，不儲存）</translation>
    </message>
    <message>
        <source>%1: %2  →  %3</source>
        <translation>%1：%2  →  %3</translation>
    </message>
    <message>
        <source>1 replacement</source>
        <translation>1 處取代</translation>
    </message>
    <message>
        <source>%1 replacements</source>
        <translation>%1 處取代</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::SearchPanel</name>
    <message>
        <source>1 result</source>
        <translation>1 個結果</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 個結果</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 個檔案</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 個檔案</translation>
    </message>
    <message>
        <source>1 occurrence</source>
        <translation>1 處</translation>
    </message>
    <message>
        <source>%1 occurrences</source>
        <translation>%1 處</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Files to include (e.g. *.cpp, src/**)</source>
        <translation>包含的檔案（例如 *.cpp, src/**）</translation>
    </message>
    <message>
        <source>Files to exclude</source>
        <translation>排除的檔案</translation>
    </message>
    <message>
        <source>Match Case (Alt+C)</source>
        <translation>大小寫須相符 (Alt+C)</translation>
    </message>
    <message>
        <source>Match Whole Word (Alt+W)</source>
        <translation>全字拼寫須相符 (Alt+W)</translation>
    </message>
    <message>
        <source>Use Regular Expression (Alt+R)</source>
        <translation>使用規則運算式 (Alt+R)</translation>
    </message>
    <message>
        <source>Toggle Replace</source>
        <translation>切換取代</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部取代</translation>
    </message>
    <message>
        <source>Replace All, after a preview</source>
        <translation>預覽後全部取代</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open a folder to search in its files.</source>
        <translation>開啟資料夾後即可在其檔案中搜尋。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>沒有結果。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2中共 %1</translation>
    </message>
    <message>
        <source>(searching…)</source>
        <translation>（正在搜尋…）</translation>
    </message>
    <message>
        <source>Only the first %1 results are shown; narrow the search to see the rest.</source>
        <translation>只顯示前 %1 個結果；請縮小搜尋範圍以檢視其餘結果。</translation>
    </message>
    <message>
        <source>Preparing the replacement…</source>
        <translation>正在準備取代…</translation>
    </message>
    <message>
        <source>%1 was closed before the replacement; nothing was replaced in it.</source>
        <translation>%1 在取代前已關閉；其中未做任何取代。</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was replaced in it.</source>
        <translation>%1 是唯讀的；其中未做任何取代。</translation>
    </message>
    <message>
        <source>%1 was edited since the preview; nothing was replaced in it.</source>
        <translation>%1 在預覽後已被編輯；其中未做任何取代。</translation>
    </message>
    <message>
        <source>Replaced %1 in %2.</source>
        <translation>已在 %2中取代 %1。</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::SessionKeeper</name>
    <message>
        <source>Backup Damaged</source>
        <translation>備份已損毀</translation>
    </message>
    <message>
        <source>The backed-up unsaved changes to these could not be restored: %1</source>
        <translation>下列檔案備份的未儲存變更無法還原：%1</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>介面語言：</translation>
    </message>
    <message>
        <source>Follow the System (light or dark)</source>
        <translation>跟隨系統（淺色或深色）</translation>
    </message>
    <message>
        <source>Colour theme:</source>
        <translation>配色主題：</translation>
    </message>
    <message>
        <source>Use the system&apos;s fixed-width font</source>
        <translation>使用系統的等寬字型</translation>
    </message>
    <message>
        <source>Editor font:</source>
        <translation>編輯器字型：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 點</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>字型大小：</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>定位字元</translation>
    </message>
    <message>
        <source>Indent with:</source>
        <translation>縮排使用：</translation>
    </message>
    <message>
        <source>Indentation width:</source>
        <translation>縮排寬度：</translation>
    </message>
    <message>
        <source>Detect the indentation a file already uses when it opens</source>
        <translation>開啟檔案時偵測其已使用的縮排</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>After a delay</source>
        <translation>延遲後</translation>
    </message>
    <message>
        <source>When the editor loses the focus</source>
        <translation>編輯器失去焦點時</translation>
    </message>
    <message>
        <source>Auto save:</source>
        <translation>自動儲存：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Auto save delay:</source>
        <translation>自動儲存延遲：</translation>
    </message>
    <message>
        <source>Quit without asking about unsaved changes, and restore them next time</source>
        <translation>結束時不詢問未儲存的變更，下次啟動時還原</translation>
    </message>
    <message>
        <source>Hot exit:</source>
        <translation>熱結束：</translation>
    </message>
    <message>
        <source>Unsaved changes are backed up every few seconds either way, so that a crash loses nothing.</source>
        <translation>無論如何，未儲存的變更每隔幾秒都會備份，當機也不會遺失任何內容。</translation>
    </message>
    <message>
        <source>Type to search commands or shortcuts</source>
        <translation>輸入以搜尋命令或快捷鍵</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷鍵</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Shortcut:</source>
        <translation>快捷鍵：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>還原預設值</translation>
    </message>
    <message>
        <source>%1 was also bound to “%2” and no longer is.</source>
        <translation>%1 原先也繫結到「%2」，現已解除。</translation>
    </message>
    <message>
        <source>When nothing is staged, commit every tracked change without asking</source>
        <translation>沒有已暫存的變更時，不經詢問直接提交所有已追蹤檔案的變更</translation>
    </message>
    <message>
        <source>Source control:</source>
        <translation>原始檔控制：</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::SyntaxLexer</name>
    <message>
        <source>Default</source>
        <translation>預設</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::TerminalPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>重新啟動(&amp;R)</translation>
    </message>
    <message>
        <source>Start the program again (Enter)</source>
        <translation>重新啟動程式（Enter）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Close this terminal</source>
        <translation>關閉此終端機</translation>
    </message>
    <message>
        <source>[process exited with code %1]</source>
        <translation>[處理程序已結束，結束碼 %1]</translation>
    </message>
    <message>
        <source>[process terminated by signal %1]</source>
        <translation>[處理程序被訊號 %1 終止]</translation>
    </message>
    <message>
        <source>[process exited]</source>
        <translation>[處理程序已結束]</translation>
    </message>
    <message>
        <source>Open %1 (Ctrl+click)</source>
        <translation>開啟 %1（Ctrl+按一下）</translation>
    </message>
    <message>
        <source>Open %1 at line %2 (Ctrl+click)</source>
        <translation>開啟 %1 第 %2 行（Ctrl+按一下）</translation>
    </message>
</context>
<context>
    <name>Baton::Ui::TerminalTabs</name>
    <message>
        <source>%1 %2</source>
        <comment>terminal tab: the shell&apos;s name and a number, as in bash 2</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New Terminal</source>
        <translation>新增終端機</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Baton, a native AI IDE. See `baton --help` for the headless commands.</source>
        <translation>Baton（接力），原生 AI 整合開發環境。無介面命令見 `baton --help`。</translation>
    </message>
    <message>
        <source>A folder to open as the workspace, and files to open.</source>
        <translation>要作為工作區開啟的資料夾，以及要開啟的檔案。</translation>
    </message>
</context>
</TS>
