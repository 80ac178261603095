using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dundian.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PortalTopicsSubmissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScoringRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChannelId = table.Column<int>(type: "integer", nullable: true),
                    Points = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoringRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoringRules_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpecialTopics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Intro = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    BannerFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    BannerAlt = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpecialTopics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpecialTopics_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpecialTopics_StoredFiles_BannerFileId",
                        column: x => x.BannerFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Submissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    SubmitterId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SubmitterName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ChannelId = table.Column<int>(type: "integer", nullable: true),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    DeclineReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Submissions_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Submissions_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TopicSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TopicId = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Heading = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ChannelId = table.Column<int>(type: "integer", nullable: true),
                    CampaignId = table.Column<int>(type: "integer", nullable: true),
                    PickedArticleIds = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ItemCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TopicSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TopicSections_SpecialTopics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "SpecialTopics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScoringRules_ChannelId",
                table: "ScoringRules",
                column: "ChannelId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpecialTopics_BannerFileId",
                table: "SpecialTopics",
                column: "BannerFileId");

            migrationBuilder.CreateIndex(
                name: "IX_SpecialTopics_OwnerUnitId",
                table: "SpecialTopics",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_SpecialTopics_Slug",
                table: "SpecialTopics",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_ChannelId",
                table: "Submissions",
                column: "ChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_Status_DecidedAt",
                table: "Submissions",
                columns: new[] { "Status", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_UnitId",
                table: "Submissions",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_UnitPath",
                table: "Submissions",
                column: "UnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_TopicSections_TopicId_SortOrder",
                table: "TopicSections",
                columns: new[] { "TopicId", "SortOrder" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScoringRules");

            migrationBuilder.DropTable(
                name: "Submissions");

            migrationBuilder.DropTable(
                name: "TopicSections");

            migrationBuilder.DropTable(
                name: "SpecialTopics");
        }
    }
}
