import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ParseId, Roles, type Principal } from '@ptc/platform';
import { CreateUserDto, ListUsersQuery } from './dto/user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('admin: users')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Query() query: ListUsersQuery) {
    return this.users.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseId) id: string) {
    return this.users.get(id);
  }

  @Post()
  create(@Body() dto: CreateUserDto) {
    return this.users.create(dto);
  }

  @Post(':id/disable')
  disable(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.users.disable(principal, id);
  }

  @Post(':id/enable')
  enable(@Param('id', ParseId) id: string) {
    return this.users.enable(id);
  }
}
